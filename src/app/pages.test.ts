import { describe, expect, it } from 'vitest'
import { PAGES } from './pages.tsx'

/*
 * Each row of PAGES names its module twice: a literal import() for Vite and a path for
 * the prerender's preloads. They must be the same module.
 */
describe('PAGES', () => {
  it.each(Object.entries(PAGES))('%s: load() imports the module its source names', async (_page, entry) => {
    const loaded = await entry.load()
    const bySource: unknown = await import(/* @vite-ignore */ `../../${entry.source}`)
    expect(loaded).toBe(bySource)
  })

  it('has one module per page, each under src/app/routes', () => {
    const sources = Object.values(PAGES).map((entry) => entry.source)
    expect(new Set(sources).size).toBe(sources.length)
    for (const source of sources) expect(source).toMatch(/^src\/app\/routes\/[\w/-]+-page\.tsx$/)
  })
})
