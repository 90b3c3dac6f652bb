import type { Lang } from '../../i18n/lang.ts'
import { LMS_BRIDGE_NAME, type LmsBridge } from '../../store/lms-storage.ts'
import { locationOf, pageForLocation } from '../course-location.ts'
import type { CourseShape } from '../course-shape.ts'
import { findScormApi } from '../find-api.ts'
import type { Scorm12Api } from '../scorm-api.ts'
import { type LmsNotice, ScormSession } from '../scorm-session.ts'
import { LAUNCH_LABELS, type LaunchLabels, noticeText } from './launch-labels.ts'

/** How often the launch page reads the course page's address (slides change it with replaceState, which fires no event). */
export const LOCATION_POLL = 2000
const SAVED_NOTICE_TIME = 4000

export interface LaunchOptions {
  page: Window
  frame: HTMLIFrameElement
  noticeBar: HTMLElement
  shape: CourseShape
  passPercent: number
  /** Found with the ADL discovery algorithm unless given (tests). */
  api?: Scorm12Api
  /** Leaves the launch page for the course itself (no LMS). */
  goTo?: (url: string) => void
}

export type LaunchResult = 'standalone' | 'no-session' | 'session'

/**
 * The launch document of the SCORM package: owns the one LMS session (a
 * second LMSInitialize after a page load is an error in Moodle's player),
 * shows the course in a frame at the saved location, and offers the course
 * pages the bridge their store saves through. Moving between lessons loads
 * pages in the frame only; this page stays.
 */
export function launchCourse(options: LaunchOptions): LaunchResult {
  const { page, frame, noticeBar, shape } = options
  const api = options.api ?? findScormApi(page)
  const packageRoot = new URL('./', page.location.href).href
  if (!api) {
    ;(options.goTo ?? ((url) => page.location.replace(url)))(new URL('index.html', packageRoot).href)
    return 'standalone'
  }
  const lang = (): Lang => {
    try {
      return frame.contentDocument?.documentElement.lang === 'en' ? 'en' : 'es'
    } catch {
      return 'es'
    }
  }
  const show = createNoticeBar(noticeBar, page, () => LAUNCH_LABELS[lang()])
  const session = new ScormSession({ api, shape, passPercent: options.passPercent, onNotice: (notice) => show(notice) })
  const start = session.start()
  if (!start) {
    show('no-session')
    frame.src = new URL('index.html', packageRoot).href
    return 'no-session'
  }
  const bridge: LmsBridge = {
    version: 1,
    readProgress: () => session.readProgress(),
    writeProgress: (json) => session.writeProgress(json),
  }
  Object.defineProperty(page, LMS_BRIDGE_NAME, { value: bridge, configurable: true })

  const readLocation = () => {
    let href: string | undefined
    try {
      href = frame.contentWindow?.location.href
    } catch {
      return // the frame left the package
    }
    const location = href ? locationOf(href, packageRoot) : undefined
    if (location) session.setLocation(location)
  }
  frame.addEventListener('load', readLocation)
  const poll = page.setInterval(readLocation, LOCATION_POLL)
  page.document.addEventListener('visibilitychange', () => {
    if (page.document.visibilityState !== 'hidden') return
    readLocation()
    session.flush()
  })
  page.addEventListener('pagehide', () => {
    readLocation()
    page.clearInterval(poll)
    session.finish()
  })
  frame.src = new URL(pageForLocation(start.location), packageRoot).href
  return 'session'
}

/** One discreet line above the course; 'saved' goes away by itself, the others when dismissed. */
function createNoticeBar(bar: HTMLElement, page: Window, labels: () => LaunchLabels) {
  const text = page.document.createElement('span')
  const close = page.document.createElement('button')
  close.type = 'button'
  close.textContent = '×'
  close.addEventListener('click', () => {
    bar.hidden = true
  })
  bar.replaceChildren(text, close)
  bar.hidden = true
  let hideTimer: number | undefined
  return (notice: LmsNotice | 'no-session') => {
    const words = labels()
    text.textContent = noticeText(words, notice)
    close.setAttribute('aria-label', words.dismiss)
    bar.dataset.kind = notice === 'no-session' ? notice : notice.kind
    bar.hidden = false
    page.clearTimeout(hideTimer)
    if (notice !== 'no-session' && notice.kind === 'saved') hideTimer = page.setTimeout(() => { bar.hidden = true }, SAVED_NOTICE_TIME)
  }
}
