import { createRoot, hydrateRoot } from 'react-dom/client'
import { STRINGS } from '../i18n/strings.ts'
import { deserializeRoute, parseRoutePath } from '../routing/routes.ts'
import '../styles/index.css'
import { loadPage } from './load-page.tsx'

/** Prerendered pages name their route in a meta tag; in development the path tells. */
function currentRoute() {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="aulavirt-route"]')
  return meta ? deserializeRoute(meta.content) : parseRoutePath(window.location.pathname)
}

async function start() {
  const { element, route, title } = await loadPage(currentRoute())
  const container = document.getElementById('root')!
  document.documentElement.lang = route.lang
  const course = STRINGS[route.lang].courseTitle
  document.title = title ? `${title} · ${course}` : course
  if (container.hasChildNodes()) hydrateRoot(container, element)
  else createRoot(container).render(element)
}

void start()
