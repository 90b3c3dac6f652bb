import type { ReactElement } from 'react'
import { loadStrings } from '../i18n/dictionaries.ts'
import { OTHER_LANG } from '../i18n/lang.ts'
import type { Strings } from '../i18n/strings.ts'
import { LangContext } from '../i18n-react/lang-context.ts'
import { LESSONS, loadLessons } from '../lessons/registry.ts'
import { findLesson } from '../lessons/registry-core.ts'
import type { Route } from '../routing/routes.ts'
import { RouteContext } from '../routing-react/route-context.ts'
import type { ProgressStore } from '../store/progress-store.ts'
import { ProgressProvider } from '../store-react/progress-context.tsx'
import { AppShell } from './app-shell.tsx'
import { PAGES, type RenderedPage } from './pages.tsx'

export interface LoadedPage {
  element: ReactElement
  /** The route shown: an unknown lesson or a page missing from this build shows 'not-found'. */
  route: Route
  /** The browser tab's title: the page's, then the course's. */
  documentTitle: string
}

/**
 * Loads what a route needs (its page code and, for lesson pages, the lesson
 * body) and returns the page ready to render. Each page is its own chunk (PAGES).
 * The same function feeds the prerenderer and the browser, so hydration
 * starts from the same tree; each passes the progress store it created.
 */
export async function loadPage(route: Route, progress: ProgressStore): Promise<LoadedPage> {
  // Fetched alongside the page's own chunks; every branch awaits them before rendering.
  const strings = loadStrings(route.lang)
  const lessons = loadLessons(route.lang)
  strings.catch(() => {})
  lessons.catch(() => {})
  const shell = (resolved: Route, page: RenderedPage, t: Strings): LoadedPage => ({
    route: resolved,
    documentTitle: page.title ? `${page.title} · ${t.courseTitle}` : t.courseTitle,
    element: (
      <LangContext.Provider value={resolved.lang}>
        <RouteContext.Provider value={resolved}>
          <ProgressProvider store={progress}>
            <AppShell>{page.element}</AppShell>
          </ProgressProvider>
        </RouteContext.Provider>
      </LangContext.Provider>
    ),
  })
  if ('lessonId' in route) {
    await lessons
    const lesson = findLesson(LESSONS, route.lessonId, route.lang)
    if (lesson) {
      const page = PAGES[route.page]
      const [pageModule, module, t] = await Promise.all([page.load(), lesson.load(), strings])
      return shell(route, page.render(pageModule, { lesson, module, t }), t)
    }
  } else if (route.page !== 'not-found') {
    const page = PAGES[route.page]
    if (page) {
      const [pageModule, t] = await Promise.all([page.load(), strings, lessons])
      return shell(route, page.render(pageModule, { route, t }), t)
    }
  }
  // The not-found page speaks both languages.
  const notFound: Route = { page: 'not-found', lang: route.lang }
  const page = PAGES['not-found']
  const [pageModule, t] = await Promise.all([page.load(), strings, lessons, loadStrings(OTHER_LANG[route.lang])])
  return shell(notFound, page.render(pageModule, { route: notFound, t }), t)
}
