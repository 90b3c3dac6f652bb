import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { firstVisitLang } from '../i18n/first-visit.ts'
import { DEFAULT_LANG } from '../i18n/lang.ts'
import { rememberLang, rememberedLang } from '../i18n/language-choice.ts'
import { deserializeRoute, parseRoutePath, routeHref } from '../routing/routes.ts'
import '../styles/index.css'
import { createCourseProgress } from './course-progress.ts'
import { loadPage } from './load-page.tsx'

/**
 * Lets the browser run other work (input, painting) between the big steps of
 * start-up, so evaluating the app, the page's chunks and hydrating are
 * separate tasks instead of one long one that would block a tap.
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Prerendered pages name their route in a meta tag; in development the path tells. */
function currentRoute() {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="aulavirt-route"]')
  return meta ? deserializeRoute(meta.content) : parseRoutePath(window.location.pathname)
}

async function start() {
  const requested = currentRoute()
  // First visit to the Spanish home from an English browser: open the English course instead.
  // The prerendered home does this in its <head> (firstVisitScript) before anything loads; this is
  // the same rule for pages the prerender did not write (the development server).
  const otherLang = requested.page === 'home' && requested.lang === DEFAULT_LANG
    ? firstVisitLang(rememberedLang(), navigator.languages ?? [navigator.language])
    : null
  if (otherLang) {
    rememberLang(otherLang)
    window.location.replace(routeHref({ page: 'home', lang: otherLang }, requested))
    return
  }
  await yieldToBrowser()
  // Read at once: the student's progress is there by the time the page hydrates.
  const progress = createCourseProgress()
  const { element, route, documentTitle } = await loadPage(requested, progress)
  await yieldToBrowser()
  const container = document.getElementById('root')!
  document.documentElement.lang = route.lang
  document.title = documentTitle
  // As a transition, hydration is split into short tasks (the prerendered page is already readable).
  if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, element))
  else createRoot(container).render(element)
}

void start()
