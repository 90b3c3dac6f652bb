/*
 * Where the student is on the reading page, kept across a reload or Back.
 * Slides far from the screen are not laid out (content-visibility: auto, with
 * a generous placeholder height), so the browser's own restoring of the
 * scroll offset, and its jump to `#12`, can land on the wrong slide: the
 * page restores by slide instead (which slide is at the top, and how far into it).
 */

export interface ReadingPosition {
  slide: number
  /** Pixels from the top of that slide to the top of the window. */
  offset: number
}

const KEY_PREFIX = 'aulavirt-reading-position:'

/** Reads a saved position, or null when there is none or it is not ours. */
export function parseReadingPosition(text: string | null): ReadingPosition | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<ReadingPosition>
    return Number.isInteger(value.slide) && value.slide! >= 0 && Number.isFinite(value.offset) && value.offset! >= 0
      ? { slide: value.slide!, offset: value.offset! }
      : null
  } catch {
    return null
  }
}

/** The slide at the top of the window: the first whose bottom is below the top edge. */
export function positionAtTop(slides: readonly { index: number; top: number; bottom: number }[]): ReadingPosition | null {
  const slide = slides.find((candidate) => candidate.bottom > 0)
  return slide ? { slide: slide.index, offset: Math.max(0, Math.round(-slide.top)) } : null
}

function sections(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.reading-slide')]
}

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

/** Keeps the reading position across reloads and Back/Forward; lands `#slide` links on their slide. Returns a cleanup. */
export function keepReadingPosition(): () => void {
  const key = KEY_PREFIX + window.location.pathname
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual'
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
  const saved = navigation && (navigation.type === 'reload' || navigation.type === 'back_forward') ? parseReadingPosition(storage()?.getItem(key) ?? null) : null
  const target = saved ? sections().find((section) => Number(section.dataset.slideIndex) === saved.slide) : linkedSlide()
  if (target) {
    const margin = saved ? 0 : parseFloat(getComputedStyle(target).scrollMarginTop) || 0
    window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - margin + (saved?.offset ?? 0), behavior: 'instant' })
  }
  const save = () => {
    const position = positionAtTop(sections().map((section) => {
      const rect = section.getBoundingClientRect()
      return { index: Number(section.dataset.slideIndex), top: rect.top, bottom: rect.bottom }
    }))
    try {
      if (position) storage()?.setItem(key, JSON.stringify(position))
    } catch { /* storage full or blocked: the browser's own restoring is all there is */ }
  }
  window.addEventListener('pagehide', save)
  return () => window.removeEventListener('pagehide', save)
}

function linkedSlide(): HTMLElement | undefined {
  const id = decodeURIComponent(window.location.hash.slice(1))
  const target = id ? document.getElementById(id) : null
  return target?.classList.contains('reading-slide') ? target : undefined
}
