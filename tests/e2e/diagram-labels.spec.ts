import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations, openApp } from './helpers'

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

/** Label lines (as in labelSizes) whose text is wider than the box, note or pill that frames it. */
async function overflowingLabels(page: Page): Promise<string[]> {
  return page.locator('svg.diagram').evaluateAll((svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) =>
        [...svg.querySelectorAll<SVGGElement>('g')].flatMap((group) => {
          const rect = [...group.children].find((child): child is SVGRectElement => child.tagName === 'rect')
          const text = [...group.children].find((child): child is SVGTextElement => child.tagName === 'text')
          if (!rect || !text) return []
          return [...text.querySelectorAll('tspan')]
            .filter((tspan) => tspan.getComputedTextLength() > rect.width.baseVal.value - 4)
            .map((tspan) => `"${tspan.textContent}" (${Math.round(tspan.getComputedTextLength())} units) in a box ${rect.width.baseVal.value} wide`)
        }),
      ),
  )
}

test.describe('diagrams in the reading page on a 390x844 phone', () => {
  for (const { lang, prefix } of LANGS) {
    test(`every label line is at least 11 px and fits its box, with no sideways scroll (${lang})`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
      let lines = 0
      let smallest = Number.POSITIVE_INFINITY
      for (const lesson of LESSONS) {
        await openApp(page, `${prefix}lesson/${lesson}.html`)
        const figures = page.locator('.diagram-figure')
        const count = await figures.count()
        expect(count, lesson).toBeGreaterThan(0)
        for (let i = 0; i < count; i += 1) await figures.nth(i).scrollIntoViewIfNeeded()
        const diagrams = await labelSizes(page, '.reading-slide')
        // One drawing shown per diagram, the narrow one or the wide one.
        expect(diagrams, lesson).toHaveLength(count)
        const small = diagrams.flat().filter((label) => label.px < 11)
        expect(small, `${lesson}: label lines under 11 px`).toEqual([])
        lines += diagrams.flat().length
        smallest = Math.min(smallest, ...diagrams.flat().map((label) => label.px))
        expect(await overflowingLabels(page), lesson).toEqual([])
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${lesson}: sideways scroll`).toBeLessThanOrEqual(0)
      }
      test.info().annotations.push({ type: 'label lines measured', description: `${lines}, the smallest ${smallest} px` })
      await page.close()
    })
  }
})

test.describe('narrow diagrams on a 390x844 phone, in every theme', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    test(`the libvirt and QEMU/KVM reading pages show the narrow drawings and axe finds nothing (${theme})`, async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('aulavirt-display', JSON.stringify({ theme: chosen, fontSize: 100 })), theme)
      for (const lesson of ['libvirt', 'qemu-kvm']) {
        await openApp(page, `lesson/${lesson}.html`)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await expect(page.locator('svg.diagram--narrow')).toBeVisible()
        await expect(page.locator('svg.diagram--wide')).toBeHidden()
        await expectNoAxeViolations(page)
      }
    })
  }
})
