import { expect, test } from '@playwright/test'
import { currentSlide, expectNoAxeViolations, expectPosition, openApp } from './helpers.ts'

test('a student goes from the course home to a lesson and a teacher presents it with the keyboard', async ({ page }) => {
  test.setTimeout(120_000) // the whole journey, with five axe audits
  await openApp(page, './')
  await expect(page).toHaveTitle('Virtualización en Linux')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1, name: 'Virtualización en Linux' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Home lists the lessons with summaries and durations, and links to each.
  const firstLesson = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Introducción a la virtualización' }) })
  await expect(firstLesson).toContainText(/\d+ min/)
  await expect(firstLesson).toContainText(/\d+ diapositivas/)
  await firstLesson.getByRole('link', { name: 'Presentar «Introducción a la virtualización»' }).click()

  await expect(page).toHaveURL(/present\/introduccion\.html#1$/)
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expectPosition(page, 0, 0)
  await expect(page.getByRole('heading', { level: 1, name: 'Introducción a la virtualización' }).last()).toBeVisible()
  await expectNoAxeViolations(page)

  // Slide 2 of lesson 1 reveals its content in steps: → walks the steps, then moves on.
  await page.keyboard.press('ArrowRight')
  await expectPosition(page, 1, 0)
  await expect(page).toHaveURL(/#2$/)
  const slide2 = page.locator('.slide[data-slide-index="1"]')
  const firstStep = slide2.locator('.step').first()
  await expect(firstStep).toBeHidden()
  await page.keyboard.press('Space')
  await expectPosition(page, 1, 1)
  await expect(firstStep).toBeVisible()
  await expect(page).toHaveURL(/#2\.1$/)
  await page.keyboard.press('PageDown')
  await expectPosition(page, 1, 2)
  // Down and up move by whole slides: past the rest of this slide's steps, and back to a slide's start.
  await page.keyboard.press('ArrowDown')
  await expectPosition(page, 2, 0)
  await page.keyboard.press('ArrowUp')
  await expectPosition(page, 1, 0)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expectPosition(page, 3, 0)
  // ← from a slide's start goes back to the previous slide with every step shown.
  await page.keyboard.press('ArrowLeft')
  await expectPosition(page, 2, await page.locator('.slide[data-slide-index="2"] .step').count())

  // The address follows, and a reload lands on the same slide and step.
  const before = { slide: await currentSlide(page).getAttribute('data-current-slide'), step: await currentSlide(page).getAttribute('data-current-step') }
  await expect(page).toHaveURL(new RegExp(`#${Number(before.slide) + 1}${before.step === '0' ? '' : `\\.${before.step}`}$`))
  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expectPosition(page, Number(before.slide), Number(before.step))

  // ← goes back one step; Home and End jump; the counter and progress bar follow.
  await page.keyboard.press('End')
  const slideCount = await page.locator('.slide').count()
  await expect(currentSlide(page)).toHaveAttribute('data-current-slide', String(slideCount - 1))
  await expect(page.getByRole('progressbar', { name: 'Avance de la presentación' })).toHaveAttribute('aria-valuenow', '100')
  await page.keyboard.press('Home')
  await expectPosition(page, 0, 0)
  await page.keyboard.press('ArrowLeft')
  await expectPosition(page, 0, 0)

  // On-screen buttons do the same, and the current slide is announced.
  await page.getByRole('button', { name: 'Siguiente' }).click()
  await expectPosition(page, 1, 0)
  await expect(page.locator('#deck-announcer')).toContainText(`Diapositiva 2 de ${slideCount}`)
  await expect(page.getByRole('button', { name: 'Siguiente' })).toBeFocused()
  await page.getByRole('button', { name: 'Anterior' }).click()
  await expectPosition(page, 0, 0)

  // Only the current slide is exposed to assistive technology.
  await expect(page.locator('.slide:not([hidden])')).toHaveCount(1)

  // `?` opens the help generated from the shortcut table; Escape closes it and keys work again.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Atajos de teclado' })
  await expect(help).toBeVisible()
  for (const action of ['Siguiente paso o diapositiva', 'Paso o diapositiva anterior', 'Primera diapositiva', 'Última diapositiva', 'Pantalla completa (entrar o salir)']) {
    await expect(help.getByRole('cell', { name: action })).toBeVisible()
  }
  await expect(help.getByText('Espacio')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowRight')
  await expectPosition(page, 0, 0)
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  // Switch to the reading page at the same slide.
  await page.keyboard.press('ArrowRight')
  await page.getByRole('link', { name: 'Leer «Introducción a la virtualización»' }).click()
  await expect(page).toHaveURL(/lesson\/introduccion\.html#2$/)
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect(page.locator('section[id="2"]')).toBeInViewport()
  await expect(page.getByRole('link', { name: 'Presentar «Introducción a la virtualización»' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a shared link opens the same slide and step; out-of-range positions are clamped', async ({ page }) => {
  await openApp(page, 'present/introduccion.html#2.1')
  await expectPosition(page, 1, 1)
  await openApp(page, 'present/introduccion.html#999.5')
  const slideCount = await page.locator('.slide').count()
  await expect(currentSlide(page)).toHaveAttribute('data-current-slide', String(slideCount - 1))
  await expect(page).toHaveURL(new RegExp(`#${slideCount}(\\.\\d+)?$`))
})

test('keys typed into a form field never move the deck', async ({ page }) => {
  await openApp(page, 'present/introduccion.html#14')
  const field = page.getByLabel('Tu respuesta')
  await field.fill('vmx')
  // Each of these keys is a deck shortcut (first slide, next, next, last, blank screen); here they edit the text.
  await field.press('Home')
  await field.press('ArrowRight')
  await field.press('Space')
  await field.press('End')
  await field.press('.')
  await expect(field).toHaveValue('v mx.')
  await expect(field).toBeFocused()
  await expectPosition(page, 13, 0)
  await expect(page.locator('.screen-cover')).toHaveCount(0)
  // Out of the field, the same keys move the deck again.
  await field.blur()
  await page.keyboard.press('End')
  const slideCount = await page.locator('.slide').count()
  await expect(currentSlide(page)).toHaveAttribute('data-current-slide', String(slideCount - 1))
})

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  const response = await page.goto('no-existe.html')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Inicio del curso' }).last()).toBeVisible()
  await expect(page.getByRole('link', { name: 'Introducción a la virtualización' })).toBeVisible()
  // One 404 page answers every address, English ones too: it says the same in English.
  await expect(page.getByRole('heading', { level: 2, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Course home' })).toHaveAttribute('href', /en\/index\.html$/)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Introducción a la virtualización' }).click()
  await expect(page).toHaveURL(/lesson\/introduccion\.html$/)
})

test('a link to a slide of the reading page opens with that slide at the top, on a phone too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, 'lesson/introduccion.html#12')
  const slide = page.locator('.reading-slide[id="12"]')
  await expect(slide.getByRole('heading').first()).toBeInViewport()
  await expect.poll(() => slide.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThanOrEqual(24)
  expect(await slide.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0)
})

test('a reload keeps the student on the slide they were reading', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, 'lesson/introduccion.html')
  const slide = page.locator('.reading-slide[id="10"]')
  const top = () => slide.evaluate((element) => Math.round(element.getBoundingClientRect().top))
  await slide.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await page.mouse.wheel(0, 150)
  await expect.poll(top).toBeLessThan(-100)
  const before = await top()
  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect.poll(top).toBeGreaterThan(before - 40)
  expect(await top()).toBeLessThan(before + 40)
})

test('the reading page fits a 390 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, 'lesson/introduccion.html')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Introducción a la virtualización' })).toBeVisible()
})

test('slide text is large enough to read from the back of a classroom on a 1080p projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await openApp(page, 'present/introduccion.html#2')
  const sizes = await page.locator('.slide:not([hidden])').evaluate((slide) => {
    const size = (selector: string) => parseFloat(getComputedStyle(slide.querySelector(selector)!).fontSize)
    return { body: size('p'), heading: size('h2') }
  })
  expect(sizes.body).toBeGreaterThanOrEqual(28)
  expect(sizes.heading).toBeGreaterThanOrEqual(48)
})
