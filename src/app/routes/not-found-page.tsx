import { useRoute } from '../../routing-react/route-context.ts'
import { stringsFor } from '../../i18n/dictionaries.ts'
import { OTHER_LANG } from '../../i18n/lang.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import { LESSONS } from '../../lessons/registry.ts'
import { lessonsFor } from '../../lessons/registry-core.ts'
import { RouteLink } from '../../ui/route-link.tsx'
import { SiteHeader } from '../../ui/site-header.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'

/**
 * Shown for unknown addresses (and shipped as 404.html, one file for every
 * address): says what happened and where to go, in both languages, since the
 * address may have been an English one.
 */
export function NotFoundPage() {
  const t = useStrings()
  const { lang } = useRoute()
  const otherLang = OTHER_LANG[lang]
  const other = stringsFor(otherLang)
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
        <section lang={otherLang} aria-labelledby="not-found-other">
          <h2 id="not-found-other">{other.notFoundTitle}</h2>
          <p>{other.notFoundBody}</p>
          <p>
            <RouteLink className="button button-secondary" to={{ page: 'home', lang: otherLang }}>{other.home}</RouteLink>
          </p>
        </section>
      </main>
    </>
  )
}
