import { afterEach, describe, expect, it, vi } from 'vitest'
import { randomId } from './random-id.ts'

describe('randomId', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is a random UUID where the platform has one', () => {
    const id = randomId()
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(randomId()).not.toBe(id)
  })

  it.each<[string, unknown]>([
    ['no crypto at all', undefined],
    ['crypto without randomUUID (plain http)', { getRandomValues: () => undefined }],
  ])('falls back to time and randomness with %s', (_name, crypto) => {
    vi.stubGlobal('crypto', crypto)
    const ids = new Set(Array.from({ length: 50 }, randomId))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(/^\d+-0\.\d+/)
  })
})
