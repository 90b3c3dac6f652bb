import type { ReactElement } from 'react'
import { LangContext } from '../i18n/lang-context.ts'
import { STRINGS } from '../i18n/strings.ts'
import { LESSONS } from '../lessons/registry.ts'
import { findLesson } from '../lessons/registry-core.ts'
import type { Route } from '../routing/routes.ts'
import { AppShell } from './app-shell.tsx'
import { RouteContext } from './route-context.ts'

/**
 * Loads what a route needs (its page code and, for lesson pages, the lesson
 * body) and returns the page ready to render. Each mode is its own chunk.
 * The same function feeds the prerenderer and the browser, so hydration
 * starts from the same tree.
 */
export async function loadPage(route: Route): Promise<{ element: ReactElement; route: Route; title: string }> {
  const shell = (resolved: Route, page: ReactElement, title: string) => ({
    route: resolved,
    title,
    element: (
      <LangContext.Provider value={resolved.lang}>
        <RouteContext.Provider value={resolved}>
          <AppShell>{page}</AppShell>
        </RouteContext.Provider>
      </LangContext.Provider>
    ),
  })
  if (route.page === 'home') {
    const { HomePage } = await import('./routes/home-page.tsx')
    return shell(route, <HomePage />, '')
  }
  if (route.page === 'progress') {
    const { ProgressPage } = await import('./routes/progress-page.tsx')
    return shell(route, <ProgressPage />, STRINGS[route.lang].progress.title)
  }
  if ('lessonId' in route) {
    const lesson = findLesson(LESSONS, route.lessonId, route.lang)
    if (lesson) {
      const module = await lesson.load()
      if (route.page === 'lesson') {
        const { ReadingPage } = await import('./routes/reading-page.tsx')
        return shell(route, <ReadingPage lesson={lesson} module={module} />, lesson.meta.title)
      }
      if (route.page === 'presenter') {
        const { PresenterPage } = await import('./routes/presenter/presenter-page.tsx')
        return shell(route, <PresenterPage lesson={lesson} module={module} />, `${STRINGS[route.lang].presenter.title} · ${lesson.meta.title}`)
      }
      if (route.page === 'print') {
        const { PrintPage } = await import('./routes/print/print-page.tsx')
        return shell(route, <PrintPage lesson={lesson} module={module} />, `${STRINGS[route.lang].print.title} · ${lesson.meta.title}`)
      }
      const { PresentPage } = await import('./routes/present-page.tsx')
      return shell(route, <PresentPage lesson={lesson} module={module} />, lesson.meta.title)
    }
  }
  const { NotFoundPage } = await import('./routes/not-found-page.tsx')
  return shell({ page: 'not-found', lang: route.lang }, <NotFoundPage />, '404')
}
