import { expect, type Page, test } from '@playwright/test'
import { countFullscreenRequests, expectNoAxeViolations, expectPosition, fullscreenRequests, openApp } from './helpers.ts'

async function savedProgress(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('aulavirt-progress') ?? '{"state":{}}').state)
}

test('the presenter console and the audience move together, steps included; a late window catches up', async ({ context }) => {
  const console = await context.newPage()
  await openApp(console, 'presenter/introduccion.html')
  await expect(console.getByRole('heading', { level: 1, name: /Vista del ponente/ })).toBeVisible()
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    console.getByRole('button', { name: 'Abrir la vista del público' }).click(),
  ])
  await expect(audience.locator('[data-ready]')).toBeAttached()
  await expect(audience).toHaveURL(/present\/introduccion\.html#1$/)

  // The console drives the audience: slide 2 has reveal steps.
  await console.keyboard.press('ArrowRight')
  await console.keyboard.press('ArrowRight')
  await expectPosition(console, 1, 1)
  await expectPosition(audience, 1, 1)
  await expect(console.getByRole('heading', { name: 'Misma diapositiva, paso 2' })).toBeVisible()

  // And follows it.
  await audience.keyboard.press('ArrowLeft')
  await expectPosition(audience, 1, 0)
  await expectPosition(console, 1, 0)
  await audience.keyboard.press('End')
  await expectPosition(console, 17, 0)

  // A third window opened later asks for the state and catches up.
  const late = await context.newPage()
  await openApp(late, 'present/introduccion.html')
  await expectPosition(late, 17, 0)
  await console.getByRole('button', { name: 'Anterior' }).click()
  await expect(late.locator('[data-current-slide]')).toHaveAttribute('data-current-slide', '16')
  await expectNoAxeViolations(console)

  // ↑ in the console moves both windows by a whole slide.
  await console.bringToFront()
  await console.keyboard.press('ArrowUp')
  await expectPosition(console, 15, 0)
  await expectPosition(audience, 15, 0)

  // The console's help lists only what works there, in the console's words.
  await console.keyboard.press('?')
  const help = console.getByRole('dialog', { name: 'Atajos de teclado' })
  await expect(help.getByRole('cell', { name: 'Abrir la vista del público' })).toBeVisible()
  await expect(help.getByRole('cell', { name: 'Diapositiva anterior, desde su inicio' })).toBeVisible()
  await expect(help.getByRole('cell', { name: 'Vista general de todas las diapositivas' })).toHaveCount(0)
  await expect(help.getByRole('cell', { name: /Código QR/ })).toHaveCount(0)
})

test('garbage posted on the course channel by another page crashes nothing; console and projector keep moving together', async ({ context }) => {
  const errors: string[] = []
  const console = await context.newPage()
  console.on('pageerror', (error) => errors.push(`console: ${error.message}`))
  await openApp(console, 'presenter/introduccion.html')
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    console.getByRole('button', { name: 'Abrir la vista del público' }).click(),
  ])
  audience.on('pageerror', (error) => errors.push(`projector: ${error.message}`))
  await expect(audience.locator('[data-ready]')).toBeAttached()
  await console.keyboard.press('ArrowDown')
  await expectPosition(audience, 1, 0)

  // Any page of the same origin can open the channel: here, the course's home page.
  const intruder = await context.newPage()
  await openApp(intruder, './')
  const posted = await intruder.evaluate(() => {
    const header = { v: 1, from: 'intruder', role: 'presenter', lessonId: 'introduccion' }
    const state = { position: { slide: 9, step: 0 }, revealed: [], screen: 'black' }
    const garbage: unknown[] = [
      null, 42, 'state', [], {},
      { ...header, type: 'state', seq: 1_000_000, state: null },
      { ...header, type: 'state', seq: 1_000_000, state: { ...state, position: null } },
      { ...header, type: 'state', seq: 1_000_000, state: { ...state, position: { slide: '9', step: 0 } } },
      { ...header, type: 'state', seq: 1_000_000, state: { ...state, position: { slide: -1, step: 0 } } },
      { ...header, type: 'state', seq: 1_000_000, state: { ...state, revealed: 'q1' } },
      { ...header, type: 'state', seq: 1_000_000, state: { ...state, revealed: [null] } },
      { ...header, type: 'state', seq: 1_000_000, state: { ...state, screen: 'grey' } },
      { ...header, type: 'state', seq: Number.NaN, state },
      { ...header, type: 'state', seq: 'many', state },
      { ...header, role: undefined, type: 'state', seq: 1_000_000, state },
      { ...header, role: 'student', type: 'state', seq: 1_000_000, state },
      { ...header, from: '', type: 'state', seq: 1_000_000, state },
      { ...header, v: 2, type: 'state', seq: 1_000_000, state },
      { ...header, type: 'request-state', from: null },
      { ...header, type: 'destroy' },
    ]
    const channel = new BroadcastChannel('aulavirt-deck:introduccion')
    for (const message of garbage) channel.postMessage(message)
    channel.close()
    return garbage.length
  })
  expect(posted).toBeGreaterThan(15)

  // Nothing moved, nothing went black, no error; and the two windows still follow each other.
  await console.bringToFront()
  await console.keyboard.press('ArrowDown')
  await expectPosition(console, 2, 0)
  await expectPosition(audience, 2, 0)
  await audience.bringToFront()
  await audience.keyboard.press('Home')
  await expectPosition(console, 0, 0)
  await expect(audience.locator('.screen-cover')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('the presenter console\'s clocks carry a machine-readable datetime, in the prerendered page and once running', async ({ page, request }) => {
  const html = await (await request.get('presenter/introduccion.html')).text()
  expect(html).toMatch(/<time\b/i)
  expect(html.match(/<time\b(?![^>]*\bdatetime=)[^>]*>/gi) ?? []).toEqual([])
  await openApp(page, 'presenter/introduccion.html')
  await expect(page.locator('time')).toHaveCount(2)
  await expect(page.locator('time:not([datetime])')).toHaveCount(0)
  await expect(page.locator('time.presenter-elapsed')).toHaveAttribute('datetime', /^PT\d+H\d+M\d+S$/)
  await expect(page.locator('time:not(.presenter-elapsed)')).toHaveAttribute('datetime', /^\d\d:\d\d$/)
})

test('revealing an answer on the console shows it on the projector; presenting records nothing', async ({ context }) => {
  const console = await context.newPage()
  await openApp(console, 'presenter/introduccion.html#14')
  // Continuing a lesson from slide 14: the pacing counts from here, it is not "40 min ahead".
  await expect(console.getByText(/^Previsto: \d+ min · /)).toHaveText(/Vas a tiempo$/)
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    console.getByRole('button', { name: 'Abrir la vista del público' }).click(),
  ])
  await expect(audience.locator('[data-ready]')).toBeAttached()
  await expectPosition(audience, 13, 0)
  const question = audience.locator('.slide:not([hidden])').getByRole('form', { name: /Completa la orden/ })
  await expect(question.getByRole('button', { name: 'Comprobar' })).toHaveCount(0)
  await expect(question.getByText('Explicación')).toBeHidden()
  await expect(question.getByLabel('Tu respuesta')).toHaveValue('')

  await console.getByRole('button', { name: 'Mostrar la respuesta en el proyector' }).click()
  await expect(question.getByText('Explicación')).toBeVisible()
  await expect(question.getByLabel('Tu respuesta')).toHaveValue('(vmx|svm)')
  await console.getByRole('button', { name: 'Ocultar la respuesta' }).click()
  await expect(question.getByText('Explicación')).toBeHidden()

  await console.keyboard.press('ArrowRight')
  await console.keyboard.press('ArrowLeft')
  await audience.waitForTimeout(800)
  const saved = await savedProgress(audience)
  expect(saved.answers ?? {}).toEqual({})
  expect(saved.visits ?? {}).toEqual({})
})

test('overview, go to, blackout, fullscreen and QR work from the keyboard alone', async ({ page }) => {
  await openApp(page, 'present/introduccion.html')
  await countFullscreenRequests(page)

  // Overview: O opens a grid; arrows move, Enter goes, and the dialog closes.
  await page.keyboard.press('o')
  const overview = page.getByRole('dialog', { name: 'Vista general' })
  await expect(overview).toBeVisible()
  await expect(overview.getByRole('button', { name: /^Ir a la diapositiva \d+:/ })).toHaveCount(18)
  await overview.getByRole('button', { name: /^Ir a la diapositiva 1:/ }).focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown')
  await expect(overview.getByRole('button', { name: /^Ir a la diapositiva 6:/ })).toBeFocused()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Enter')
  await expect(overview).toBeHidden()
  await expectPosition(page, 5, 0)
  await page.keyboard.press('O')
  await page.keyboard.press('Escape')
  await expect(overview).toBeHidden()

  // G then a number.
  await page.keyboard.press('g')
  await expect(page.getByLabel('Número de diapositiva (1 a 18)')).toBeFocused()
  await page.keyboard.type('12')
  await page.keyboard.press('Enter')
  await expectPosition(page, 11, 0)

  // Blackout and white screen.
  await page.keyboard.press('b')
  await expect(page.locator('.screen-black')).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.locator('.screen-black')).toHaveCount(0)
  await page.keyboard.press('.')
  await expect(page.locator('.screen-black')).toBeVisible()
  await page.keyboard.press('w')
  await expect(page.locator('.screen-white')).toBeVisible()
  await page.keyboard.press('w')
  await expect(page.locator('.screen-cover')).toHaveCount(0)

  // Fullscreen is requested.
  await page.keyboard.press('f')
  expect(await fullscreenRequests(page)).toBe(1)

  // QR: a large code for the reading page at this slide, from the address the deck is served from.
  await page.keyboard.press('q')
  const qr = page.getByRole('dialog', { name: 'Sigue la lección en tu móvil' })
  const url = new URL('../lesson/introduccion.html#12', page.url()).href
  await expect(qr.getByRole('img', { name: url })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')

  // The help lists every shortcut.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Atajos de teclado' })
  for (const action of ['Vista general de todas las diapositivas', 'Ir a una diapositiva por su número', 'Pantalla en negro (y volver)', 'Pantalla en blanco (y volver)', 'Pantalla completa (entrar o salir)', 'Código QR para seguir la lección en el móvil', 'Abrir la vista del ponente']) {
    await expect(help.getByText(action)).toBeVisible()
  }
})
