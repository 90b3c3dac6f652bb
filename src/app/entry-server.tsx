import { renderToString } from 'react-dom/server'
import { firstVisitScript } from '../i18n/first-visit.ts'
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts'
import { LESSONS, loadLessons } from '../lessons/registry.ts'
import { findLesson } from '../lessons/registry-core.ts'
import { routeHref, type Route } from '../routing/routes.ts'
import { createCourseProgress } from './course-progress.ts'
import { loadPage } from './load-page.tsx'
import { PAGES } from './pages.tsx'

/** Renders one route to HTML for the prerender step (scripts/prerender.mjs). */
export async function renderRoute(route: Route): Promise<{ html: string; documentTitle: string; route: Route }> {
  // Every prerendered page shows a first visit: no progress (the browser's own arrives after hydration).
  const { element, documentTitle, route: resolved } = await loadPage(route, createCourseProgress())
  return { html: renderToString(element), documentTitle, route: resolved }
}

/** Every page the build writes. */
export async function allRoutes(): Promise<Route[]> {
  await loadLessons('en')
  const routes: Route[] = [{ page: 'home', lang: 'es' }, { page: 'not-found', lang: 'es' }]
  const langs = new Set(LESSONS.map((lesson) => lesson.lang))
  for (const lang of langs) {
    if (lang !== 'es') routes.push({ page: 'home', lang })
    routes.push({ page: 'progress', lang })
    // Inside Moodle the downloads are not there, and the guide is for the teacher who uploads them.
    if (PAGES.teachers) routes.push({ page: 'teachers', lang })
    for (const lesson of LESSONS.filter((entry) => entry.lang === lang)) {
      for (const page of ['lesson', 'present', 'presenter', 'print'] as const) routes.push({ page, lang, lessonId: lesson.meta.id })
    }
  }
  return routes
}

/** The module of a route's page, as Vite's manifest names it, so the prerenderer can preload its chunk. */
export function pageSource(route: Route): string {
  const page = PAGES[route.page]
  if (!page) throw new Error(`The page «${route.page}» is not in this build`)
  return page.source
}

/**
 * A script the page runs first thing in its <head>, if any: the Spanish home
 * sends a first visit from a browser in another of the course's languages on
 * to that language's home before it paints (see firstVisitScript).
 */
export function headScript(route: Route): string | undefined {
  if (route.page !== 'home' || route.lang !== DEFAULT_LANG) return undefined
  const others = LANGS.filter((lang) => lang !== DEFAULT_LANG)
  return firstVisitScript(Object.fromEntries(others.map((lang) => [lang, routeHref({ page: 'home', lang }, route)])) as Partial<Record<Lang, string>>)
}

/** The lesson file a route shows, as `<folder>/<lang>.mdx`, so the prerenderer can preload its chunk. */
export function lessonFile(route: Route): string | undefined {
  if (!('lessonId' in route)) return undefined
  const lesson = findLesson(LESSONS, route.lessonId, route.lang)
  return lesson && `${lesson.folder}/${lesson.lang}.mdx`
}

export { routePath, serializeRoute } from '../routing/routes.ts'
