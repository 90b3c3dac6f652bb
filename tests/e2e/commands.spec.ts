import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { countFullscreenRequests, expectNoAxeViolations, expectPosition, fullscreenRequests, openApp } from './helpers.ts'

/**
 * Every command of the presenter console and of the audience view, run twice
 * from the same fresh state: once by its key, once by its visible control (a
 * bar button, or its button in the help dialog). Both must do the same thing.
 */

type Control = { bar: string } | { help: string }

interface Effect {
  /** Checks the effect after the command ran; `popup` is a window it opened, if any. */
  check(pages: Windows, popup: Page | undefined): Promise<void>
  opensWindow?: boolean
}

interface Windows {
  /** Where the command runs (the console, or an audience window). */
  driver: Page
  /** A second window of the lesson that follows the first. */
  follower: Page
}

interface CommandCase extends Effect {
  label: string
  key: string
  control: Control
  /** Slide and step to start from (as in the URL: 1-based slide). */
  from: string
}

const moved = (slide: number, step: number): Effect => ({
  async check({ driver, follower }) {
    await expectPosition(driver, slide, step)
    await expectPosition(follower, slide, step)
  },
})

const dialogOpens = (name: string): Effect => ({
  async check({ driver }) {
    await expect(driver.getByRole('dialog', { name })).toBeVisible()
  },
})

const screenShown = (colour: 'black' | 'white', consoleNotice: boolean): Effect => ({
  async check({ driver, follower }) {
    const projector = consoleNotice ? follower : driver
    await expect(projector.locator(`.screen-${colour}`)).toBeVisible()
    await expect(follower.locator(`.screen-${colour}`)).toBeVisible()
    if (consoleNotice) {
      await expect(driver.getByRole('status').filter({ hasText: `El proyector muestra una pantalla en ${colour === 'black' ? 'negro' : 'blanco'}` })).toBeVisible()
    }
  },
})

/** The other view of the lesson opens in a new window, at the same slide (the third). */
const opensAtSlide3 = (page: 'present' | 'presenter'): Effect => ({
  opensWindow: true,
  async check(_windows, popup) {
    await expect(popup!).toHaveURL(new RegExp(`/${page}/introduccion\\.html#3$`))
    await expect(popup!.locator('[data-ready]')).toBeAttached()
    await expectPosition(popup!, 2, 0)
  },
})

const MOVES = (bar: (name: string) => Control): CommandCase[] => [
  { label: 'Siguiente paso o diapositiva', key: 'ArrowRight', control: bar('Siguiente'), from: '2', ...moved(1, 1) },
  { label: 'Paso o diapositiva anterior', key: 'ArrowLeft', control: bar('Anterior'), from: '2.1', ...moved(1, 0) },
  { label: 'Siguiente diapositiva, sin pasar por sus pasos', key: 'ArrowDown', control: { help: 'Siguiente diapositiva, sin pasar por sus pasos' }, from: '2', ...moved(2, 0) },
  { label: 'Diapositiva anterior, desde su inicio', key: 'ArrowUp', control: { help: 'Diapositiva anterior, desde su inicio' }, from: '3', ...moved(1, 0) },
  { label: 'Primera diapositiva', key: 'Home', control: { help: 'Primera diapositiva' }, from: '3', ...moved(0, 0) },
  { label: 'Última diapositiva', key: 'End', control: { help: 'Última diapositiva' }, from: '3', ...moved(17, 0) },
]

const CONSOLE: CommandCase[] = [
  ...MOVES((name) => ({ bar: name })),
  { label: 'Ir a una diapositiva por su número', key: 'g', control: { help: 'Ir a una diapositiva por su número' }, from: '3', ...dialogOpens('Ir a la diapositiva') },
  { label: 'Pantalla en negro (y volver)', key: 'b', control: { bar: 'Pantalla en negro' }, from: '3', ...screenShown('black', true) },
  { label: 'Pantalla en blanco (y volver)', key: 'w', control: { help: 'Pantalla en blanco (y volver)' }, from: '3', ...screenShown('white', true) },
  {
    label: 'Mostrar u ocultar en el proyector las respuestas de esta diapositiva', key: 'r',
    control: { help: 'Mostrar u ocultar en el proyector las respuestas de esta diapositiva' }, from: '14',
    async check({ driver, follower }) {
      await expect(driver.getByRole('button', { name: 'Ocultar la respuesta' })).toBeVisible()
      const question = follower.locator('.slide:not([hidden])').getByRole('form', { name: /Completa la orden/ })
      await expect(question.getByText('Explicación')).toBeVisible()
      await expect(question.getByLabel('Tu respuesta')).toHaveValue('(vmx|svm)')
    },
  },
  { label: 'Abrir la vista del público', key: 'p', control: { bar: 'Abrir la vista del público' }, from: '3', ...opensAtSlide3('present') },
  { label: 'Mostrar esta ayuda', key: '?', control: { bar: 'Atajos de teclado' }, from: '3', ...dialogOpens('Atajos de teclado') },
]

const AUDIENCE: CommandCase[] = [
  ...MOVES((name) => ({ bar: name })),
  { label: 'Vista general de todas las diapositivas', key: 'o', control: { help: 'Vista general de todas las diapositivas' }, from: '3', ...dialogOpens('Vista general') },
  { label: 'Ir a una diapositiva por su número', key: 'g', control: { help: 'Ir a una diapositiva por su número' }, from: '3', ...dialogOpens('Ir a la diapositiva') },
  { label: 'Pantalla en negro (y volver)', key: 'b', control: { help: 'Pantalla en negro (y volver)' }, from: '3', ...screenShown('black', false) },
  { label: 'Pantalla en blanco (y volver)', key: 'w', control: { help: 'Pantalla en blanco (y volver)' }, from: '3', ...screenShown('white', false) },
  {
    label: 'Pantalla completa (entrar o salir)', key: 'f', control: { bar: 'Pantalla completa' }, from: '3',
    async check({ driver }) {
      await expect.poll(() => fullscreenRequests(driver)).toBe(1)
    },
  },
  { label: 'Código QR para seguir la lección en el móvil', key: 'q', control: { help: 'Código QR para seguir la lección en el móvil' }, from: '3', ...dialogOpens('Sigue la lección en tu móvil') },
  { label: 'Abrir la vista del ponente', key: 'p', control: { help: 'Abrir la vista del ponente' }, from: '3', ...opensAtSlide3('presenter') },
  { label: 'Mostrar esta ayuda', key: '?', control: { bar: 'Atajos de teclado' }, from: '3', ...dialogOpens('Atajos de teclado') },
]

const VIEWS = [
  { name: 'presenter console', path: 'presenter/introduccion.html', cases: CONSOLE },
  { name: 'audience view', path: 'present/introduccion.html', cases: AUDIENCE },
]

/** The view at a slide and a second audience window following it; fullscreen requests are counted, not made. */
async function freshState(context: BrowserContext, path: string, from: string): Promise<Windows> {
  const driver = await context.newPage()
  await openApp(driver, `${path}#${from}`)
  await countFullscreenRequests(driver)
  const follower = await context.newPage()
  await openApp(follower, `present/introduccion.html#${from}`)
  const slide = Number.parseInt(from, 10) - 1
  const step = Number(from.split('.')[1] ?? 0)
  await expectPosition(follower, slide, step)
  await driver.bringToFront()
  return { driver, follower }
}

async function clickControl(page: Page, control: Control): Promise<void> {
  const bar = page.getByRole('navigation', { name: 'Controles de la presentación' })
  if ('bar' in control) return bar.getByRole('button', { name: control.bar, exact: true }).click()
  await bar.getByRole('button', { name: 'Atajos de teclado', exact: true }).click()
  const help = page.getByRole('dialog', { name: 'Atajos de teclado' })
  await help.getByRole('button', { name: control.help, exact: true }).click()
  await expect(help).toBeHidden()
}

for (const view of VIEWS) {
  test.describe(`${view.name}: key and visible control do the same`, () => {
    test('its help lists exactly the commands tested here, each with a key and, but for the help itself, a button', async ({ page }) => {
      await openApp(page, view.path)
      await page.keyboard.press('?')
      const help = page.getByRole('dialog', { name: 'Atajos de teclado' })
      const rows = help.locator('tbody tr')
      await expect(rows.locator('td:nth-child(2)')).toHaveText(view.cases.map((command) => command.label))
      // One button per row but the help's own, and «Cerrar».
      await expect(help.getByRole('button')).toHaveCount(view.cases.length)
      for (const command of view.cases) {
        await expect(rows.filter({ hasText: command.label }).locator('kbd')).not.toHaveCount(0)
      }
      await expectNoAxeViolations(page)
    })

    for (const command of view.cases) {
      for (const how of ['key', 'control'] as const) {
        test(`${command.label}, by ${how === 'key' ? `the key ${JSON.stringify(command.key)}` : 'its visible control'}`, async ({ context }) => {
          const windows = await freshState(context, view.path, command.from)
          const popup = command.opensWindow ? context.waitForEvent('page') : undefined
          if (how === 'key') await windows.driver.keyboard.press(command.key)
          else await clickControl(windows.driver, command.control)
          await command.check(windows, popup && await popup)
        })
      }
    }
  })
}

test('disabled commands do nothing, by key or by button: the first slide has no previous, the last no next', async ({ context }) => {
  const { driver, follower } = await freshState(context, 'presenter/introduccion.html', '1')
  const bar = driver.getByRole('navigation', { name: 'Controles de la presentación' })
  await expect(bar.getByRole('button', { name: 'Anterior' })).toHaveAttribute('aria-disabled', 'true')
  await driver.keyboard.press('ArrowLeft')
  // Playwright waits for aria-disabled buttons to enable; a person clicks them anyway.
  await bar.getByRole('button', { name: 'Anterior' }).click({ force: true })
  await driver.keyboard.press('?')
  const help = driver.getByRole('dialog', { name: 'Atajos de teclado' })
  await expect(help.getByRole('button', { name: 'Primera diapositiva' })).toBeDisabled()
  // No question on the first slide: nothing to reveal.
  await expect(help.getByRole('button', { name: /respuestas de esta diapositiva/ })).toBeDisabled()
  await driver.keyboard.press('Escape')
  await expectPosition(driver, 0, 0)
  await expectPosition(follower, 0, 0)

  await driver.keyboard.press('End')
  await expectPosition(follower, 17, 0)
  await expect(bar.getByRole('button', { name: 'Siguiente', exact: true })).toHaveAttribute('aria-disabled', 'true')
  await bar.getByRole('button', { name: 'Siguiente', exact: true }).click({ force: true })
  await driver.keyboard.press('ArrowRight')
  await expectPosition(driver, 17, 0)
  await expect(bar.getByRole('button', { name: 'Anterior' })).toHaveAttribute('aria-disabled', 'false')
})

test('the black screen button shows it is on; B again, or the button, brings the slide back everywhere', async ({ context }) => {
  const { driver, follower } = await freshState(context, 'presenter/introduccion.html', '3')
  const black = driver.getByRole('button', { name: 'Pantalla en negro' })
  await expect(black).toHaveAttribute('aria-pressed', 'false')
  await driver.keyboard.press('b')
  await expect(black).toHaveAttribute('aria-pressed', 'true')
  await expect(follower.locator('.screen-black')).toBeVisible()
  await expectNoAxeViolations(driver)
  await black.click()
  await expect(black).toHaveAttribute('aria-pressed', 'false')
  await expect(follower.locator('.screen-cover')).toHaveCount(0)
  await expect(driver.getByText(/El proyector muestra/)).toHaveCount(0)
})
