import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts'

/**
 * Every page is a real HTML file, so links work on any static host, in a
 * sub-folder and inside an LMS package, with no server rewrites:
 *   index.html · lesson/<id>.html · present/<id>.html · presenter/<id>.html
 *   print/<id>.html · progress.html · teachers.html · 404.html
 * English pages live under en/. Slide and step go in the hash.
 */
export type Route =
  | { page: 'home'; lang: Lang }
  | { page: 'progress'; lang: Lang }
  | { page: 'teachers'; lang: Lang }
  | { page: 'lesson' | 'present' | 'presenter' | 'print'; lang: Lang; lessonId: string }
  | { page: 'not-found'; lang: Lang }

export type LessonPage = Extract<Route, { lessonId: string }>['page']

const LESSON_PAGES: readonly LessonPage[] = ['lesson', 'present', 'presenter', 'print']
const LESSON_ID = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** The file a route is served from, relative to the site root. */
export function routePath(route: Route): string {
  const prefix = route.lang === DEFAULT_LANG ? '' : `${route.lang}/`
  switch (route.page) {
    case 'home':
      return `${prefix}index.html`
    case 'progress':
      return `${prefix}progress.html`
    case 'teachers':
      return `${prefix}teachers.html`
    case 'not-found':
      return '404.html'
    default:
      return `${prefix}${route.page}/${route.lessonId}.html`
  }
}

function depth(path: string): number {
  return path.split('/').length - 1
}

/** A link from one page to another that works wherever the site is hosted. */
export function routeHref(to: Route, from: Route, hash = ''): string {
  return '../'.repeat(depth(routePath(from))) + routePath(to) + hash
}

/** Relative path from a page back to the site root (for assets): '' or '../'… */
export function rootPrefix(route: Route): string {
  return '../'.repeat(depth(routePath(route)))
}

/**
 * Reads the route from a URL path, whatever folder the site is hosted in:
 * only the end of the path matters. Unknown paths are not-found.
 */
export function parseRoutePath(pathname: string): Route {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    path = pathname
  }
  const lesson = new RegExp(`(?:^|/)(?:(en)/)?(${LESSON_PAGES.join('|')})/(${LESSON_ID})\\.html$`).exec(path)
  if (lesson) return { page: lesson[2] as LessonPage, lang: (lesson[1] as Lang | undefined) ?? DEFAULT_LANG, lessonId: lesson[3]! }
  const single = /(?:^|\/)(?:(en)\/)?(progress|teachers)\.html$/.exec(path)
  if (single) return { page: single[2] as 'progress' | 'teachers', lang: (single[1] as Lang | undefined) ?? DEFAULT_LANG }
  const home = /(?:^|\/)(?:(en)\/)?(?:index\.html)?$/.exec(path)
  if (home && (path === '' || path.endsWith('/') || path.endsWith('index.html'))) {
    return { page: 'home', lang: (home[1] as Lang | undefined) ?? DEFAULT_LANG }
  }
  return { page: 'not-found', lang: DEFAULT_LANG }
}

/** Route as written into a prerendered page (`<meta name="aulavirt-route">`). */
export function serializeRoute(route: Route): string {
  return routePath(route)
}

export function deserializeRoute(value: string): Route {
  if (value === '404.html') return { page: 'not-found', lang: DEFAULT_LANG }
  return parseRoutePath(`/${value}`)
}
