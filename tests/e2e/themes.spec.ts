import { expect, type Page, test } from '@playwright/test'
import { expectNoAxeViolations, expectPosition, LESSON1_USES, openApp } from './helpers.ts'

/*
 * Light, dark and projector (high-contrast) themes and the reading text size:
 * chosen with the keyboard, applied before the first paint, remembered, and
 * readable (axe, colour contrast included) where students and teachers look.
 */

const STORAGE_KEY = 'aulavirt-display'
const THEME_NAMES = { light: 'Claro', dark: 'Oscuro', contrast: 'Alto contraste (proyector)' } as const
const BACKGROUNDS = { light: 'rgb(247, 247, 244)', dark: 'rgb(18, 21, 25)', contrast: 'rgb(0, 0, 0)' } as const
type Theme = keyof typeof THEME_NAMES

/** Lesson 1, slide 4: each situation and its use of virtualization. */
const USES = LESSON1_USES

/** Every page of this browser context opens with this saved choice. */
async function startWith(page: Page, saved: object): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(saved)] as const)
}

async function expectTheme(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', theme === 'light' ? 'light' : 'dark')
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUNDS[theme])
}

/** Which of its two Shiki colours the first highlighted token of the page is drawn in. */
async function codeToken(page: Page): Promise<'light' | 'dark' | 'neither'> {
  return page.locator('pre.shiki .line > span').first().evaluate((token) => {
    const paint = (colour: string) => {
      const probe = document.createElement('span')
      probe.style.color = colour
      document.body.append(probe)
      const computed = getComputedStyle(probe).color
      probe.remove()
      return computed
    }
    const style = (token as HTMLElement).style
    const color = getComputedStyle(token).color
    if (color === paint(style.getPropertyValue('--shiki-light'))) return 'light'
    return color === paint(style.getPropertyValue('--shiki-dark')) ? 'dark' : 'neither'
  })
}

async function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
}

test('each theme is chosen from the header with the keyboard, applies at once and survives a reload', async ({ page }) => {
  await openApp(page, 'index.html')
  await expectTheme(page, 'light')
  const opener = page.getByRole('button', { name: 'Aspecto' })
  const dialog = page.getByRole('dialog', { name: 'Aspecto de la página' })

  // Down arrow goes light → dark → projector.
  for (const theme of ['dark', 'contrast'] as const) {
    await opener.focus()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByRole('radio', { name: THEME_NAMES[theme] })).toBeChecked()
    await expect(dialog.getByRole('radio', { name: THEME_NAMES[theme] })).toBeFocused()
    await expectTheme(page, theme)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()

    await page.reload()
    await expect(page.locator('[data-ready]')).toBeAttached()
    await expectTheme(page, theme)
  }

  // And round again to light, which is remembered too (over a dark system setting).
  await page.emulateMedia({ colorScheme: 'dark' })
  await opener.focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('radio', { name: THEME_NAMES.contrast })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expectTheme(page, 'light')
  await dialog.getByRole('button', { name: 'Cerrar' }).press('Enter')
  await page.reload()
  await expectTheme(page, 'light')
  expect(JSON.parse(await page.evaluate((key) => localStorage.getItem(key) ?? 'null', STORAGE_KEY))).toEqual({ theme: 'light' })
})

test('the presentation bar chooses the theme without moving the slides, and the choice holds on reload', async ({ page }) => {
  await openApp(page, 'present/introduccion.html#9.4')
  await page.getByRole('button', { name: 'Aspecto de la página' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Aspecto de la página' })
  await expect(dialog.getByRole('radio', { name: THEME_NAMES.light })).toBeFocused()
  // Slides scale to the screen: no reading size here.
  await expect(dialog.getByRole('radio')).toHaveCount(3)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expectTheme(page, 'contrast')
  await page.keyboard.press('Escape')
  await expectPosition(page, 8, 4)
  await expect(page.locator('.canvas')).toHaveCSS('background-color', 'rgb(0, 0, 0)')
  await expect(page.locator('.slide:not([hidden]) h2')).toHaveCSS('color', 'rgb(255, 255, 0)')

  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expectTheme(page, 'contrast')
  await expectPosition(page, 8, 4)
})

test('a theme chosen in one window reaches the others (the audience screen follows the presenter)', async ({ page, context }) => {
  await openApp(page, 'present/introduccion.html#2')
  const other = await context.newPage()
  await openApp(other, 'lesson/introduccion.html')
  await other.getByRole('button', { name: 'Aspecto' }).click()
  await other.getByRole('radio', { name: THEME_NAMES.contrast }).check()
  await expectTheme(page, 'contrast')
  await other.getByRole('radio', { name: /^Grande/ }).check()
  await expect(page.locator('html')).toHaveAttribute('data-font-size', '115')
})

test('the reading text size changes the body text, is remembered, and leaves the slides alone', async ({ page }) => {
  await openApp(page, 'present/introduccion.html#2')
  const slideFont = await page.locator('.slide:not([hidden])').evaluate((slide) => getComputedStyle(slide).fontSize)

  await openApp(page, 'lesson/introduccion.html')
  const normal = await bodyFontSize(page)
  expect(normal).toBe(18)
  await page.getByRole('button', { name: 'Aspecto' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Aspecto de la página' })
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('radio', { name: /^Normal/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: /^Grande/ })).toBeChecked()
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.15, 1)
  await page.keyboard.press('ArrowDown')
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.3, 1)
  await page.keyboard.press('Escape')
  // The column keeps about the same number of characters per line, and nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)

  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.3, 1)
  await expectTheme(page, 'light')

  await page.getByRole('button', { name: 'Aspecto' }).click()
  await dialog.getByRole('radio', { name: /^Pequeño/ }).check()
  expect(await bodyFontSize(page)).toBeCloseTo(normal * 0.9, 1)

  await openApp(page, 'present/introduccion.html#2')
  await expect(page.locator('.slide:not([hidden])')).toHaveCSS('font-size', slideFont)
})

test.describe('before the first paint', () => {
  test('the saved theme and size are on the page even before the app script runs', async ({ page }) => {
    await startWith(page, { theme: 'contrast', fontSize: 130 })
    await page.route('**/*.js', (route) => route.abort())
    await page.goto('lesson/introduccion.html')
    await expectTheme(page, 'contrast')
    expect(await bodyFontSize(page)).toBeCloseTo(18 * 1.3, 1)
  })

  test('with nothing saved, a dark system setting gets the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openApp(page, 'index.html')
    await expectTheme(page, 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expectTheme(page, 'light')
  })

  test('paper always gets the light palette, whatever the screen shows', async ({ page }) => {
    await startWith(page, { theme: 'contrast' })
    await openApp(page, 'lesson/introduccion.html')
    await expectTheme(page, 'contrast')
    expect(await codeToken(page)).toBe('dark')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(27, 31, 36)')
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'light')
    expect(await codeToken(page)).toBe('light')
  })

  test('blocked storage gives the default theme, and choosing one still works on that page', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError') } })
    })
    await openApp(page, 'index.html')
    await expectTheme(page, 'light')
    await page.getByRole('button', { name: 'Aspecto' }).click()
    await page.getByRole('radio', { name: THEME_NAMES.dark }).check()
    await expectTheme(page, 'dark')
    await page.getByRole('radio', { name: /^Muy grande/ }).check()
    await expectTheme(page, 'dark')
    expect(errors).toEqual([])
  })
})

for (const theme of ['dark', 'contrast'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => startWith(page, { theme }))

    test('home page and the settings dialog have no axe violations', async ({ page }) => {
      await openApp(page, 'index.html')
      await expectTheme(page, theme)
      await expectNoAxeViolations(page)
      await page.getByRole('button', { name: 'Aspecto' }).click()
      await expect(page.getByRole('dialog', { name: 'Aspecto de la página' })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('reading page, with wrong answers showing their feedback, has no axe violations', async ({ page }) => {
      await openApp(page, 'lesson/introduccion.html')
      await expectTheme(page, theme)
      const multiple = page.getByRole('form', { name: /ventajas reales/ })
      await multiple.getByLabel(/Si el anfitrión se estropea/).check()
      await multiple.getByRole('button', { name: 'Comprobar' }).click()
      await expect(multiple.getByRole('status')).toContainText('Incorrecto')
      await expect(multiple.getByText(/Opción incorrecta/)).toBeVisible()
      const short = page.getByRole('form', { name: /Completa la orden/ })
      await short.getByLabel('Tu respuesta').fill('vmx')
      await short.getByRole('button', { name: 'Comprobar' }).click()
      await expect(short.getByRole('status')).toContainText('Incorrecto')
      await short.getByRole('button', { name: 'Ver una pista' }).click()
      expect(await codeToken(page)).toBe('dark')
      await expectNoAxeViolations(page)
    })

    test('presentation at a diagram and at a quiz slide has no axe violations', async ({ page }) => {
      await openApp(page, 'present/introduccion.html#9.4')
      await expectTheme(page, theme)
      await expect(page.locator('.slide:not([hidden]) svg[role="img"]')).toBeVisible()
      await expectNoAxeViolations(page)

      await openApp(page, 'present/introduccion.html#4')
      const matching = page.getByRole('form', { name: /Relaciona cada situación/ })
      for (const [left, right] of Object.entries(USES)) await matching.getByLabel(`Pareja de «${left}»`).selectOption(right)
      await matching.getByLabel(`Pareja de «${Object.keys(USES)[0]}»`).selectOption('Consolidación')
      await matching.getByRole('button', { name: 'Comprobar' }).click()
      await expect(matching.getByRole('status')).toContainText('Parcialmente correcto')
      await expect(matching.getByText('✘ Fallada')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
