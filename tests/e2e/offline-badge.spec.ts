import { expect, type Page, test } from '@playwright/test'
import { openApp } from './helpers.ts'

/*
 * The "Disponible sin conexión" badge on a phone: it shows once the service
 * worker has stored the course (the real one, as a student's phone gets it),
 * it never covers the text of the page, and its appearing moves nothing.
 */

test.use({ viewport: { width: 390, height: 844 } })

/** Layout shifts of the page since it started loading (PerformanceObserver, buffered). */
function startRecordingLayoutShifts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const shifts: { value: number; nodes: string[] }[] = []
    ;(window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
        shifts.push({ value: entry.value, nodes: (entry.sources ?? []).map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?') })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/**
 * Every heading, paragraph and list item of the main content that the badge
 * overlaps, checked with the page scrolled from top to bottom (half a screen
 * at a time); empty when it covers nothing.
 */
function textUnderBadge(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const badge = document.querySelector('.offline-badge-text')!
    const overlaps = new Set<string>()
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await frame()
      const b = badge.getBoundingClientRect()
      for (const element of document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6, p, li)')) {
        for (const r of element.getClientRects()) {
          if (r.width > 0 && r.height > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) {
            overlaps.add(`at scroll ${Math.round(y)}: <${element.tagName.toLowerCase()}> ${element.textContent?.trim().slice(0, 60)}`)
          }
        }
      }
    }
    window.scrollTo(0, 0)
    return [...overlaps]
  })
}

const DISPLAYS = [
  { path: 'lesson/libvirt.html', display: null, words: true },
  { path: './', display: null, words: true },
  { path: 'lesson/libvirt.html', display: { theme: 'dark', fontSize: 100 }, words: true },
  // Text at 130 % leaves the brand's row too narrow for the words: the icon shows alone.
  { path: 'lesson/libvirt.html', display: { theme: 'contrast', fontSize: 130 }, words: false },
]

for (const { path, display, words } of DISPLAYS) {
  const label = display ? `${path}, ${display.theme} theme, text at ${display.fontSize} %` : path
  test(`on a 390 px phone the offline badge covers no text and moves nothing (${label})`, async ({ page }) => {
    test.setTimeout(90_000)
    if (display) await page.addInitScript((saved) => localStorage.setItem('aulavirt-display', JSON.stringify(saved)), display)
    await openApp(page, path)
    if (display) await expect(page.locator('html')).toHaveAttribute('data-theme', display.theme)
    await startRecordingLayoutShifts(page)
    const badge = page.getByRole('status').filter({ hasText: 'Disponible sin conexión' })
    await expect(badge).toBeVisible({ timeout: 30_000 })
    await expect(badge).toBeInViewport()
    const box = await page.locator('.offline-badge-text').boundingBox()
    if (words) expect(box?.width).toBeGreaterThan(100)
    else expect(box?.width).toBeLessThan(50)

    expect(await textUnderBadge(page)).toEqual([])

    // Two frames after it appeared: nothing on the page has moved since it started loading.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: unknown[] }).layoutShifts)
    expect(shifts).toEqual([])
  })
}

/** The badge's box against the header's own controls, and whether its words are cut off. */
function badgeInHeader(page: Page) {
  return page.evaluate(() => {
    const badge = document.querySelector('.offline-badge-text')!
    const b = badge.getBoundingClientRect()
    const covered = [...document.querySelectorAll('.site-header .brand, .site-header .site-nav > *')]
      .filter((element) => {
        const r = element.getBoundingClientRect()
        return r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom
      })
      .map((element) => element.textContent?.trim())
    const words = document.querySelector('.offline-badge-words')!.getBoundingClientRect()
    return { covered, wordsShown: words.width > 1, cutOff: badge.scrollHeight > badge.clientHeight + 1 || badge.scrollWidth > badge.clientWidth + 1 }
  })
}

for (const [width, wordsShown] of [[390, true], [880, false], [1366, true]] as const) {
  test(`at ${width} px the badge sits beside the header's controls, never over them, and is never cut off`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width, height: 800 })
    await openApp(page, 'lesson/libvirt.html')
    await expect(page.getByRole('status').filter({ hasText: 'Disponible sin conexión' })).toBeVisible({ timeout: 30_000 })
    const { covered, wordsShown: shown, cutOff } = await badgeInHeader(page)
    expect(covered).toEqual([])
    expect(cutOff).toBe(false)
    // Where the header has no room for the words (880 px: brand and menu on one row), the icon shows alone.
    expect(shown).toBe(wordsShown)
  })
}
