import { describe, expect, it } from 'vitest'
import { findScormApi } from './find-api.ts'
import type { Scorm12Api } from './scorm-api.ts'

const api = () => ({ LMSInitialize: () => 'true' }) as unknown as Scorm12Api

/** A window whose parent is `parent` (itself when top-level), with optional own properties. */
function frameWindow(parent?: Window, own: Record<string, unknown> = {}): Window {
  const page = { opener: null, ...own } as unknown as Window & { parent: Window }
  Object.defineProperty(page, 'parent', { value: parent ?? page })
  return page
}

describe('finding the SCORM 1.2 API', () => {
  it('finds it on a parent or grandparent frame (Moodle\'s player embeds the package)', () => {
    const lmsApi = api()
    const player = frameWindow(undefined, { API: lmsApi })
    const wrapperFrame = frameWindow(frameWindow(player))
    expect(findScormApi(wrapperFrame)).toBe(lmsApi)
  })

  it('finds it through the opener when the package opened in a new window', () => {
    const lmsApi = api()
    const player = frameWindow(undefined, { API: lmsApi })
    const moodlePage = frameWindow(player)
    expect(findScormApi(frameWindow(undefined, { opener: moodlePage }))).toBe(lmsApi)
  })

  it('skips windows of another origin and objects that are not an API, and gives up when there is none', () => {
    const foreign = frameWindow() as Window
    Object.defineProperty(foreign, 'API', { get() { throw new DOMException('Blocked a frame', 'SecurityError') } })
    expect(findScormApi(frameWindow(foreign))).toBeUndefined()
    expect(findScormApi(frameWindow(frameWindow(undefined, { API: { version: '1.2' } })))).toBeUndefined()
    expect(findScormApi(frameWindow())).toBeUndefined()
  })

  it('stops after ten frames up', () => {
    let page = frameWindow(undefined, { API: api() })
    for (let depth = 0; depth < 11; depth += 1) page = frameWindow(page)
    expect(findScormApi(page)).toBeUndefined()
  })
})
