import type { Scorm12Api } from './scorm-api.ts'

/** Enough for Moodle's player (one or two frames up) and any LMS we know; the ADL sample used 7. */
const MAX_HOPS = 10

function apiOn(page: Window): Scorm12Api | undefined {
  try {
    const api = (page as unknown as { API?: unknown }).API
    return typeof api === 'object' && api !== null && typeof (api as Scorm12Api).LMSInitialize === 'function' ? (api as Scorm12Api) : undefined
  } catch {
    return undefined // a window of another origin
  }
}

function scanUp(start: Window): Scorm12Api | undefined {
  let page: Window = start
  for (let hops = 0; hops <= MAX_HOPS; hops += 1) {
    const api = apiOn(page)
    if (api) return api
    let parent: Window
    try {
      parent = page.parent
    } catch {
      return undefined
    }
    if (!parent || parent === page) return undefined
    page = parent
  }
  return undefined
}

/**
 * The SCORM 1.2 API, as the ADL discovery algorithm finds it: on this window
 * or one of its parents (the LMS's player frames the course), else on the
 * window that opened it and that window's parents (the player's "new
 * window" display). Not `window.top.API`, which misses popups.
 */
export function findScormApi(start: Window): Scorm12Api | undefined {
  const framed = scanUp(start)
  if (framed) return framed
  let opener: Window | null = null
  try {
    opener = start.opener as Window | null
  } catch {
    opener = null
  }
  return opener ? scanUp(opener) : undefined
}
