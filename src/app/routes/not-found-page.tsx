import { useRoute } from '../route-context.ts'
import { useStrings } from '../../i18n/use-strings.ts'
import { LESSONS } from '../../lessons/registry.ts'
import { lessonsFor } from '../../lessons/registry-core.ts'
import { RouteLink } from '../../ui/route-link.tsx'
import { SiteHeader } from '../../ui/site-header.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'

/** Shown for unknown addresses (and shipped as 404.html): says what happened and where to go. */
export function NotFoundPage() {
  const t = useStrings()
  const { lang } = useRoute()
  return (
    <>
      <SiteHeader />
      <main id="contenido" className="page not-found-page" tabIndex={-1} data-ready={useHydrated() || undefined}>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundBody}</p>
        <p>
          <RouteLink className="button" to={{ page: 'home', lang }}>{t.home}</RouteLink>
        </p>
        <h2>{t.notFoundLessons}</h2>
        <ul>
          {lessonsFor(LESSONS, lang).map((lesson) => (
            <li key={lesson.meta.id}>
              <RouteLink to={{ page: 'lesson', lang, lessonId: lesson.meta.id }}>{lesson.meta.title}</RouteLink>
            </li>
          ))}
        </ul>
      </main>
    </>
  )
}
