import { describe, expect, it } from 'vitest'
import type { Lang } from '../i18n/lang.ts'
import { type Route, deserializeRoute, parseRoutePath, rootPrefix, routeHref, routePath, serializeRoute } from './routes.ts'

const home = (lang: Lang = 'es'): Route => ({ page: 'home', lang })
const lesson = (lessonId: string, lang: Lang = 'es'): Route => ({ page: 'lesson', lang, lessonId })
const present = (lessonId: string, lang: Lang = 'es'): Route => ({ page: 'present', lang, lessonId })
const notFound: Route = { page: 'not-found', lang: 'es' }

/** Every route kind in both languages, with the file it is served from. */
const ROUTES: [Route, string][] = [
  [home('es'), 'index.html'],
  [home('en'), 'en/index.html'],
  [lesson('introduccion', 'es'), 'lesson/introduccion.html'],
  [lesson('introduccion', 'en'), 'en/lesson/introduccion.html'],
  [present('qemu-kvm', 'es'), 'present/qemu-kvm.html'],
  [present('qemu-kvm', 'en'), 'en/present/qemu-kvm.html'],
  [lesson('lxc-lxd-2', 'es'), 'lesson/lxc-lxd-2.html'],
  [{ page: 'progress', lang: 'es' }, 'progress.html'],
  [{ page: 'progress', lang: 'en' }, 'en/progress.html'],
  [{ page: 'teachers', lang: 'es' }, 'teachers.html'],
  [{ page: 'teachers', lang: 'en' }, 'en/teachers.html'],
  [notFound, '404.html'],
]

describe('routePath', () => {
  it.each(ROUTES)('%o is served from %s', (route, path) => {
    expect(routePath(route)).toBe(path)
  })

  it('there is a single 404 page for both languages', () => {
    expect(routePath({ page: 'not-found', lang: 'en' })).toBe('404.html')
  })
})

describe('parseRoutePath', () => {
  const PREFIXES = ['/', '/curso/asir/', '/~profe/aulavirt/', '/a/b/c/d/', '']

  it.each(ROUTES.filter(([route]) => route.page !== 'not-found'))('round trip of %o under every sub-folder', (route, path) => {
    for (const prefix of PREFIXES) {
      expect(parseRoutePath(`${prefix}${path}`)).toEqual(route)
    }
  })

  it('reads a presentation hosted in a sub-folder', () => {
    expect(parseRoutePath('/curso/asir/present/introduccion.html')).toEqual(present('introduccion'))
    expect(parseRoutePath('/curso/asir/en/lesson/tipos.html')).toEqual(lesson('tipos', 'en'))
  })

  it.each<[string, Route]>([
    ['/', home('es')],
    ['', home('es')],
    ['/curso/asir/', home('es')],
    ['/en/', home('en')],
    ['/curso/asir/en/', home('en')],
    ['/curso/asir/en/index.html', home('en')],
  ])('folder URL %j opens the home page %o', (path, route) => {
    expect(parseRoutePath(path)).toEqual(route)
  })

  it('decodes percent-encoded paths', () => {
    expect(parseRoutePath('/curso%20asir/present/introduccion.html')).toEqual(present('introduccion'))
  })

  it('does not throw on a malformed percent-encoding', () => {
    expect(parseRoutePath('/%E0%A4%A/present/introduccion.html')).toEqual(present('introduccion'))
    expect(parseRoutePath('/%zz')).toEqual(notFound)
  })

  it.each([
    '/curso/asir',
    '/lesson/Introduccion.html', // capitals are not a lesson id
    '/lesson/intro_duccion.html',
    '/lesson/intro--duccion.html',
    '/lesson/-intro.html',
    '/lesson/introduccion',
    '/lesson/introduccion.htm',
    '/lesson/.html',
    '/lesson/a/b.html',
    '/slides/introduccion.html',
    '/fr/lessons/introduccion.html',
    '/present/introduccion.html/extra',
    '/404.html',
    '/about.html',
    '/index.htm',
    '/en/about.html',
  ])('unknown path %j → not-found', (path) => {
    expect(parseRoutePath(path)).toEqual(notFound)
  })

  it('does not treat a folder that merely ends in "en" as the English site', () => {
    expect(parseRoutePath('/examen/lesson/tipos.html')).toEqual(lesson('tipos', 'es'))
    expect(parseRoutePath('/examen/index.html')).toEqual(home('es'))
  })

  it('any folder URL is the home page of the site hosted there', () => {
    // Only the end of the path matters: /lesson/ may be the folder the site is hosted in.
    expect(parseRoutePath('/lesson/')).toEqual(home('es'))
  })
})

describe('routeHref', () => {
  it.each<[string, Route, Route, string, string]>([
    ['presentation → home', present('x'), home(), '', '../index.html'],
    ['home → lesson', home(), lesson('x'), '', 'lesson/x.html'],
    ['home → presentation with a hash', home(), present('x'), '#4.2', 'present/x.html#4.2'],
    ['lesson → presentation of the same lesson, at a slide', lesson('x'), present('x'), '#3', '../present/x.html#3'],
    ['presentation → lesson with the slide section', present('x'), lesson('x'), '#5', '../lesson/x.html#5'],
    ['lesson → another lesson', lesson('x'), lesson('y'), '', '../lesson/y.html'],
    ['home → home', home(), home(), '', 'index.html'],
    ['Spanish home → English home', home('es'), home('en'), '', 'en/index.html'],
    ['English home → Spanish home', home('en'), home('es'), '', '../index.html'],
    ['English lesson → Spanish lesson', lesson('x', 'en'), lesson('x', 'es'), '', '../../lesson/x.html'],
    ['Spanish presentation → English presentation', present('x', 'es'), present('x', 'en'), '#2', '../en/present/x.html#2'],
    ['English presentation → English home', present('x', 'en'), home('en'), '', '../../en/index.html'],
    ['404 → home', notFound, home(), '', 'index.html'],
    ['404 → English lesson', notFound, lesson('x', 'en'), '', 'en/lesson/x.html'],
    ['English lesson → 404', lesson('x', 'en'), notFound, '', '../../404.html'],
  ])('%s', (_name, from, to, hash, expected) => {
    expect(routeHref(to, from, hash)).toBe(expected)
  })

  it('a relative link from any page resolves to the target page under any host folder', () => {
    const pages = ROUTES.map(([route]) => route)
    for (const base of ['https://example.org/', 'https://example.org/curso/asir/']) {
      for (const from of pages) {
        for (const to of pages) {
          const url = new URL(routeHref(to, from, '#2'), new URL(routePath(from), base))
          expect(url.href).toBe(new URL(routePath(to), base).href + '#2')
        }
      }
    }
  })
})

describe('rootPrefix', () => {
  it.each<[Route, string]>([
    [home('es'), ''],
    [home('en'), '../'],
    [lesson('x', 'es'), '../'],
    [present('x', 'en'), '../../'],
    [notFound, ''],
  ])('%o → %j', (route, prefix) => {
    expect(rootPrefix(route)).toBe(prefix)
  })
})

describe('serializeRoute / deserializeRoute', () => {
  it.each(ROUTES)('round trip of %o', (route) => {
    expect(deserializeRoute(serializeRoute(route))).toEqual(route)
  })

  it('an unknown value deserializes to not-found', () => {
    expect(deserializeRoute('nonsense')).toEqual(notFound)
    expect(deserializeRoute('')).toEqual(home('es'))
  })
})
