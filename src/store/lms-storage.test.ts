import { describe, expect, it } from 'vitest'
import { createLmsProgressStorage, findLmsBridge, type LmsBridge } from './lms-storage.ts'

const bridge = (): LmsBridge & { written: string[] } => {
  const written: string[] = []
  return { version: 1, written, readProgress: () => written.at(-1) ?? null, writeProgress: (json) => written.push(json) }
}

describe('the LMS bridge, seen from a course page', () => {
  it('is found on the launch page that frames the course', () => {
    const launchPage = { AulaVirtLms: bridge() } as unknown as Window & { parent: Window }
    Object.assign(launchPage, { parent: launchPage })
    const page = { parent: launchPage } as unknown as Window
    expect(findLmsBridge(page)).toBe((launchPage as unknown as { AulaVirtLms: LmsBridge }).AulaVirtLms)
  })

  it('is not there for a top-level page, a parent of another origin, or another version', () => {
    const top = {} as Window
    ;(top as { parent: Window }).parent = top
    expect(findLmsBridge(top)).toBeUndefined()
    const foreign = { get AulaVirtLms(): never { throw new DOMException('Blocked a frame', 'SecurityError') } } as unknown as Window
    expect(findLmsBridge({ parent: foreign } as unknown as Window)).toBeUndefined()
    expect(findLmsBridge({ parent: { AulaVirtLms: { ...bridge(), version: 2 } } } as unknown as Window)).toBeUndefined()
  })

  it('stores through the bridge: the text out, the same text back, never memory-only, no other writer', () => {
    const lms = bridge()
    const storage = createLmsProgressStorage(lms)
    expect(storage.read()).toBeNull()
    storage.write('{"state":{"seed":"s1"},"version":2}')
    expect(lms.written).toEqual(['{"state":{"seed":"s1"},"version":2}'])
    expect(storage.read()).toBe('{"state":{"seed":"s1"},"version":2}')
    lms.written.push('not json')
    expect(storage.read()).toBe('not json')
    expect(storage.memoryOnly()).toBe(false)
    let calls = 0
    storage.onChangedElsewhere(() => { calls += 1 })()
    expect(calls).toBe(0)
  })
})
