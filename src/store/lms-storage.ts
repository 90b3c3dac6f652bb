import type { ProgressStorage } from './progress-storage.ts'

/**
 * What the SCORM launch page (scorm.html) offers the course pages in its
 * frame, as `window.AulaVirtLms` on the parent window. It outlives the pages:
 * moving between lessons loads a new page, never a new LMS session.
 */
export interface LmsBridge {
  version: 1
  /** The latest progress (persist's JSON envelope), or null on a first attempt. */
  readProgress(): string | null
  writeProgress(json: string): void
}

export const LMS_BRIDGE_NAME = 'AulaVirtLms'

/** The launch page's bridge, when this page is the course inside it (same origin); otherwise undefined. */
export function findLmsBridge(page: Window): LmsBridge | undefined {
  try {
    if (page.parent === page) return undefined
    const bridge = (page.parent as unknown as Record<string, unknown>)[LMS_BRIDGE_NAME] as LmsBridge | undefined
    return bridge?.version === 1 ? bridge : undefined
  } catch {
    return undefined // a parent of another origin: not our launch page
  }
}

/**
 * Progress kept by the LMS: never in localStorage, which every course on the
 * LMS's origin shares. One window runs the course, so nothing changes elsewhere.
 */
export function createLmsProgressStorage(bridge: LmsBridge): ProgressStorage {
  return {
    read: () => bridge.readProgress(),
    write: (text) => bridge.writeProgress(text),
    onChangedElsewhere: () => () => {},
    memoryOnly: () => false,
  }
}
