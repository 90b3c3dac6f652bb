import type { PersistStorage } from 'zustand/middleware'
import { readStoredEnvelope } from './stored-envelope.ts'

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

/** The store's persistence through the LMS: no localStorage, which every course on the LMS's origin shares. */
export function createLmsStorage<S>(bridge: LmsBridge): PersistStorage<S> {
  return {
    getItem() {
      const raw = bridge.readProgress()
      return raw === null ? null : readStoredEnvelope<S>(raw, () => {})
    },
    setItem(_name, value) {
      bridge.writeProgress(JSON.stringify(value))
    },
    removeItem() {},
  }
}
