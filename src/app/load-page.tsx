import type { ReactElement } from 'react'
import { LangContext } from '../i18n-react/lang-context.ts'
import { OTHER_LANG } from '../i18n/lang.ts'
import { loadStrings } from '../i18n/dictionaries.ts'
import { LESSONS, loadLessons } from '../lessons/registry.ts'
import { findLesson } from '../lessons/registry-core.ts'
import type { Route } from '../routing/routes.ts'
import type { ProgressStore } from '../store/progress-store.ts'
import { ProgressProvider } from '../store-react/progress-context.tsx'
import { AppShell } from './app-shell.tsx'
import { RouteContext } from '../routing-react/route-context.ts'

/**
 * Loads what a route needs (its page code and, for lesson pages, the lesson
 * body) and returns the page ready to render. Each mode is its own chunk.
 * The same function feeds the prerenderer and the browser, so hydration
 * starts from the same tree; each passes the progress store it created.
 */
export async function loadPage(route: Route, progress: ProgressStore): Promise<{ element: ReactElement; route: Route; title: string }> {
  // Fetched alongside the page's own chunks; every branch awaits them before rendering.
  const strings = loadStrings(route.lang)
  const lessons = loadLessons(route.lang)
  strings.catch(() => {})
  lessons.catch(() => {})
  const shell = (resolved: Route, page: ReactElement, title: string) => ({
    route: resolved,
    title,
    element: (
      <LangContext.Provider value={resolved.lang}>
        <RouteContext.Provider value={resolved}>
          <ProgressProvider store={progress}>
            <AppShell>{page}</AppShell>
          </ProgressProvider>
        </RouteContext.Provider>
      </LangContext.Provider>
    ),
  })
  if (route.page === 'home') {
    const [{ HomePage }] = await Promise.all([import('./routes/home-page.tsx'), strings, lessons])
    return shell(route, <HomePage />, '')
  }
  if (route.page === 'progress') {
    const [{ ProgressPage }, t] = await Promise.all([import('./routes/progress-page.tsx'), strings, lessons])
    return shell(route, <ProgressPage />, t.progress.title)
  }
  // Not in the SCORM package (no downloads there): the constant drops the page's code from that build.
  if (route.page === 'teachers' && !__AULAVIRT_SCORM__) {
    const [{ TeachersPage, teachersText }] = await Promise.all([import('./routes/teachers/teachers-page.tsx'), strings, lessons])
    return shell(route, <TeachersPage />, teachersText(route.lang).title)
  }
  if ('lessonId' in route) {
    await lessons
    const lesson = findLesson(LESSONS, route.lessonId, route.lang)
    if (lesson) {
      const [module, t] = await Promise.all([lesson.load(), strings])
      if (route.page === 'lesson') {
        const { ReadingPage } = await import('./routes/reading-page.tsx')
        return shell(route, <ReadingPage lesson={lesson} module={module} />, lesson.meta.title)
      }
      if (route.page === 'presenter') {
        const { PresenterPage } = await import('./routes/presenter/presenter-page.tsx')
        return shell(route, <PresenterPage lesson={lesson} module={module} />, `${t.presenter.title} · ${lesson.meta.title}`)
      }
      if (route.page === 'print') {
        const { PrintPage } = await import('./routes/print/print-page.tsx')
        return shell(route, <PrintPage lesson={lesson} module={module} />, `${t.print.title} · ${lesson.meta.title}`)
      }
      const { PresentPage } = await import('./routes/present-page.tsx')
      return shell(route, <PresentPage lesson={lesson} module={module} />, lesson.meta.title)
    }
  }
  // The not-found page speaks both languages.
  const [{ NotFoundPage }] = await Promise.all([import('./routes/not-found-page.tsx'), strings, lessons, loadStrings(OTHER_LANG[route.lang])])
  return shell({ page: 'not-found', lang: route.lang }, <NotFoundPage />, '404')
}
