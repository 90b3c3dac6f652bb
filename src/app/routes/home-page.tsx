import { useRoute } from '../../routing-react/route-context.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import { LESSONS } from '../../lessons/registry.ts'
import { lessonsFor } from '../../lessons/registry-core.ts'
import { RouteLink } from '../../ui/route-link.tsx'
import { SiteHeader } from '../../ui/site-header.tsx'
import { LessonCardProgress } from './lesson-card-progress.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'

/** Course home: every lesson with its summary, duration and links to read or present it. */
export function HomePage() {
  const t = useStrings()
  const { lang } = useRoute()
  const lessons = lessonsFor(LESSONS, lang)
  return (
    <>
      <SiteHeader />
      <main id="contenido" className="page home-page" tabIndex={-1} data-ready={useHydrated() || undefined}>
        <div className="hero">
          <h1>{t.courseTitle}</h1>
          <p className="tagline">{t.courseTagline}</p>
        </div>
        <h2>{t.lessons}</h2>
        <ol className="lesson-list">
          {lessons.map((lesson) => {
            const { id, title, summary, minutes, order } = lesson.meta
            return (
              <li key={id} className="lesson-card">
                <p className="lesson-number">{t.lessonNumber(order)}</p>
                <h3>
                  <RouteLink to={{ page: 'lesson', lang, lessonId: id }}>{title}</RouteLink>
                </h3>
                <p className="lesson-summary">{summary}</p>
                <p className="lesson-facts">
                  <span>{t.minutes(minutes)}</span> · <span>{t.slidesCount(lesson.slideSteps.length)}</span>
                </p>
                <LessonCardProgress lesson={lesson} />
                <p className="lesson-actions">
                  <RouteLink className="button" to={{ page: 'lesson', lang, lessonId: id }} aria-label={t.readLesson(title)}>
                    {t.read}
                  </RouteLink>
                  <RouteLink className="button button-secondary" to={{ page: 'present', lang, lessonId: id }} aria-label={t.presentLesson(title)}>
                    {t.present}
                  </RouteLink>
                </p>
              </li>
            )
          })}
        </ol>
        {/* Inside Moodle (the SCORM package) students see the course only. */}
        {!__AULAVIRT_SCORM__ && (
          <section className="teachers-teaser" aria-labelledby="profesorado">
            <h2 id="profesorado">{t.teachers.title}</h2>
            <p>{t.teachers.teaser}</p>
            <p>
              <RouteLink className="button button-secondary" to={{ page: 'teachers', lang }}>{t.teachers.link}</RouteLink>
            </p>
          </section>
        )}
      </main>
      <footer className="site-footer">{t.footer}</footer>
    </>
  )
}
