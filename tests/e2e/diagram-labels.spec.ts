import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { openApp } from './helpers'

/**
 * Every label line of every diagram, measured as it is drawn: the line's
 * font size times the scale of its SVG on screen (not the height of a whole
 * <text> box, which holds several lines).
 */
const LESSONS = ['introduccion', 'tipos', 'qemu-kvm', 'libvirt', 'lxc-lxd'] as const
const LANGS = [
  { lang: 'es', prefix: '' },
  { lang: 'en', prefix: 'en/' },
] as const
const BASELINE = new URL('./fixtures/diagram-label-sizes-1920.json', import.meta.url)

interface LabelSize {
  text: string
  px: number
}

/** Font sizes in CSS px of the label lines of the visible diagrams under `root`. */
async function labelSizes(page: Page, root: string): Promise<LabelSize[][]> {
  return page.locator(root).evaluateAll((roots) =>
    roots.flatMap((rootElement) =>
      [...rootElement.querySelectorAll<SVGSVGElement>('svg.diagram')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) =>
          [...svg.querySelectorAll<SVGTSpanElement>('tspan')].map((tspan) => {
            const text = tspan.parentElement as unknown as SVGTextElement
            const scale = text.getScreenCTM()?.a ?? 0
            return { text: tspan.textContent ?? '', px: Math.round(parseFloat(getComputedStyle(tspan).fontSize) * scale * 100) / 100 }
          }),
        ),
    ),
  )
}

/** Slide numbers (1-based) of a presented lesson whose slide holds a diagram. */
async function diagramSlides(page: Page): Promise<number[]> {
  return page.locator('section.slide').evaluateAll((slides) =>
    slides.filter((slide) => slide.querySelector('svg.diagram')).map((slide) => Number(slide.getAttribute('data-slide-index')) + 1),
  )
}

test.describe('diagrams in the presentation at 1920x1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('label sizes stay within 1 px of the recorded slide layout', async ({ browser }) => {
    test.setTimeout(120_000)
    const measured: Record<string, number[]> = {}
    for (const { lang, prefix } of LANGS) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
      for (const lesson of LESSONS) {
        await openApp(page, `${prefix}present/${lesson}.html`)
        for (const slide of await diagramSlides(page)) {
          await page.goto(`${prefix}present/${lesson}.html#${slide}.99`)
          await expect(page.locator('section.slide:not([hidden]) svg.diagram').first()).toBeVisible()
          const diagrams = await labelSizes(page, 'section.slide:not([hidden])')
          diagrams.forEach((labels, i) => {
            measured[`${lang}/${lesson}/${slide}/${i}`] = labels.map((label) => label.px)
          })
        }
      }
      await page.close()
    }
    if (process.env.DIAGRAM_BASELINE_WRITE) writeFileSync(BASELINE, `{\n${Object.entries(measured).map(([key, sizes]) => ` ${JSON.stringify(key)}: ${JSON.stringify(sizes)}`).join(',\n')}\n}\n`)
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, number[]>
    expect(Object.keys(measured).sort()).toEqual(Object.keys(baseline).sort())
    const drifted = Object.entries(measured).flatMap(([key, sizes]) =>
      sizes.flatMap((px, i) => {
        const before = baseline[key]?.[i]
        return before === undefined || Math.abs(px - before) > 1 ? [`${key} line ${i}: ${px} px, was ${before}`] : []
      }),
    )
    expect(drifted).toEqual([])
    for (const [key, sizes] of Object.entries(measured)) expect(sizes.length, key).toBe(baseline[key]?.length)
  })
})
