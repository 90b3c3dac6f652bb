import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Fails with the list of rules and targets when axe finds any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary, 'axe violations').toEqual([])
}

/** Opens a page and waits until the app has hydrated (keys pressed earlier would be lost). */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.locator('[data-ready]')).toBeAttached()
}

export function currentSlide(page: Page) {
  return page.locator('[data-current-slide]')
}

/** Expects the deck to be at a slide and step (0-based slide, as in data-current-slide). */
export async function expectPosition(page: Page, slide: number, step: number): Promise<void> {
  await expect(currentSlide(page)).toHaveAttribute('data-current-slide', String(slide))
  await expect(currentSlide(page)).toHaveAttribute('data-current-step', String(step))
}
