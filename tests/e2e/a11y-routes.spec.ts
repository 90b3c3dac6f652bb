import { expect, type Locator, type Page, test } from '@playwright/test'
import { answerShortQuestion, expectNoAxeViolations, expectPosition, openApp, quiz } from './helpers.ts'

/*
 * Every page of the course, in the dark and the projector (high-contrast)
 * themes, checked with axe (colour contrast included): home, reading pages,
 * presentations (with their dialogs), presenter consoles, handouts, progress
 * (with something saved, and its reset confirmation), the not-found pages and
 * the English pages. Light is covered by the other specs. Then what a screen
 * reader hears: the slide announcements, quiz verdicts, and the progress page
 * used with the keyboard alone.
 */

const STORAGE_KEY = 'aulavirt-display'
const BACKGROUNDS = { dark: 'rgb(18, 21, 25)', contrast: 'rgb(0, 0, 0)' } as const
type Theme = keyof typeof BACKGROUNDS

/**
 * Each lesson with a presentation position that shows code and reveal steps,
 * a slide with a question (for the presenter console), and a handout layout:
 * between them the five lessons use 1, 2 and 4 slides per page in each theme.
 */
const LESSONS = [
  { id: 'introduccion', title: 'Introducción a la virtualización', at: '16.2', question: 14, per: 1 },
  { id: 'tipos', title: 'Tipos de virtualización', at: '12.2', question: 10, per: 2 },
  { id: 'qemu-kvm', title: 'QEMU y KVM', at: '15.3', question: 8, per: 4 },
  { id: 'libvirt', title: 'libvirt', at: '21.2', question: 12, per: 2 },
  { id: 'lxc-lxd', title: 'LXC, LXD e Incus', at: '17.3', question: 9, per: 1 },
] as const

/** Every page of this browser context opens with this saved choice. */
async function startWith(page: Page, saved: object): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(saved)] as const)
}

async function expectTheme(page: Page, theme: Theme): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUNDS[theme])
}

/** Opens an app page in the theme and audits it. */
async function audit(page: Page, path: string, theme: Theme): Promise<void> {
  await openApp(page, path)
  await expectTheme(page, theme)
  await expectNoAxeViolations(page)
}

/** "AulaVirt: Inicio del curso" is the brand link; this is the page's own link home. */
function homeLink(page: Page, name = 'Inicio del curso'): Locator {
  return page.getByRole('main').getByRole('link', { name, exact: true })
}

/** Presses Tab until the element has the focus (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target.toString()} in ${maxPresses} presses`)
}

for (const theme of ['dark', 'contrast'] as const) {
  test.describe(`${theme} theme, every route`, () => {
    test.beforeEach(async ({ page }) => startWith(page, { theme }))

    test('home, progress with answers saved and its reset confirmation, English home and progress', async ({ page }) => {
      await audit(page, 'index.html', theme)

      await openApp(page, 'lesson/introduccion.html')
      await answerShortQuestion(page, 'vmx|svm')
      await audit(page, 'progress.html', theme)
      const lessonRow = page.getByRole('row', { name: /Introducción a la virtualización/ })
      await expect(lessonRow).toContainText('1 de 4 respondidas')
      await lessonRow.getByRole('button', { name: 'Borrar el progreso de «Introducción a la virtualización»' }).click()
      await expect(page.getByRole('dialog', { name: 'Borrar el progreso de una lección' })).toBeVisible()
      await expectNoAxeViolations(page)

      await audit(page, 'en/index.html', theme)
      await expect(page.getByRole('heading', { level: 1, name: 'Virtualization on Linux' })).toBeVisible()
      await audit(page, 'en/progress.html', theme)
      await expect(page.getByRole('row', { name: /Introduction to virtualization/ })).toContainText(/1 of 4/)
    })

    test('the teachers\' guide, in both languages', async ({ page }) => {
      await audit(page, 'teachers.html', theme)
      await expect(page.getByRole('table')).toContainText('Calificación más alta')
      await audit(page, 'en/teachers.html', theme)
      await expect(page.getByRole('table')).toContainText('Highest grade')
    })

    test('the not-found page, as a file and for an unknown address (status 404), offers a link back to the course', async ({ page }) => {
      // 404.html carries no script (it is served at any depth): no data-ready to wait for.
      const file = await page.goto('404.html')
      expect(file?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible()
      await expectTheme(page, theme)
      await expect(homeLink(page)).toBeVisible()
      await expectNoAxeViolations(page)

      const unknown = await page.goto('no-existe/abc.html')
      expect(unknown?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible()
      await expectTheme(page, theme)
      await expect(homeLink(page)).toBeVisible()
      await expect(page.getByRole('main').getByRole('link', { name: 'Introducción a la virtualización' })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('presentation at a reveal step, and with the overview, help, go-to and QR dialogs open', async ({ page }) => {
      await audit(page, 'present/introduccion.html#2.1', theme)
      await expectPosition(page, 1, 1)

      await page.keyboard.press('o')
      const overview = page.getByRole('dialog', { name: 'Vista general' })
      await expect(overview).toBeVisible()
      await expect(overview.getByRole('button', { name: /^Ir a la diapositiva \d+:/ })).toHaveCount(18)
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await expect(overview).toBeHidden()

      await page.keyboard.press('?')
      const help = page.getByRole('dialog', { name: 'Atajos de teclado' })
      await expect(help).toBeVisible()
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await expect(help).toBeHidden()

      await page.keyboard.press('g')
      const goto = page.getByRole('dialog', { name: 'Ir a la diapositiva' })
      await expect(goto).toBeVisible()
      await expect(goto.getByLabel('Número de diapositiva (1 a 18)')).toBeFocused()
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await expect(goto).toBeHidden()

      await page.keyboard.press('q')
      const qr = page.getByRole('dialog', { name: 'Sigue la lección en tu móvil' })
      await expect(qr).toBeVisible()
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await expect(qr).toBeHidden()
      await expectPosition(page, 1, 1)
    })

    test('every presentation at a code slide with reveal steps', async ({ page }) => {
      for (const lesson of LESSONS) {
        await audit(page, `present/${lesson.id}.html#${lesson.at}`, theme)
        const [slide, step] = lesson.at.split('.').map(Number) as [number, number]
        await expectPosition(page, slide - 1, step)
      }
    })

    test('every presenter console at a slide with a question, and the English console', async ({ page }) => {
      for (const lesson of LESSONS) {
        await audit(page, `presenter/${lesson.id}.html#${lesson.question}`, theme)
        await expect(page.getByRole('heading', { level: 1, name: `Vista del ponente: ${lesson.title}` })).toBeVisible()
        await expect(page.getByRole('button', { name: 'Mostrar la respuesta en el proyector' }).first()).toBeVisible()
      }
      await audit(page, 'en/presenter/introduccion.html', theme)
      await expect(page.getByRole('heading', { level: 1, name: /^Presenter view: / })).toBeVisible()
    })

    for (const lesson of LESSONS) {
      // Split to balance the time: the slide handout is the largest page axe reads.
      test(`${lesson.title}: reading page, worksheet and answer key`, async ({ page }) => {
        await audit(page, `lesson/${lesson.id}.html`, theme)
        await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible()

        const options = page.getByRole('form', { name: 'Qué imprimir' })
        await audit(page, `print/${lesson.id}.html?kind=worksheet`, theme)
        await expect(options.getByRole('radio', { name: 'Hoja de ejercicios (alumnado)' })).toBeChecked()
        await expect(page.getByRole('heading', { name: `Hoja de ejercicios: ${lesson.title}` })).toBeVisible()

        await audit(page, `print/${lesson.id}.html?kind=answers`, theme)
        await expect(options.getByRole('radio', { name: 'Solucionario (profesorado)' })).toBeChecked()
        await expect(page.getByRole('heading', { name: `Solucionario: ${lesson.title}` })).toBeVisible()
      })

      test(`${lesson.title}: slide handout, ${lesson.per} per page with notes`, async ({ page }) => {
        await audit(page, `print/${lesson.id}.html?kind=slides&per=${lesson.per}&notes=1`, theme)
        await expect(page.getByRole('heading', { level: 1, name: `Materiales para imprimir: ${lesson.title}` })).toBeVisible()
        const options = page.getByRole('form', { name: 'Qué imprimir' })
        await expect(options.getByRole('radio', { name: `${lesson.per} por página` })).toBeChecked()
        await expect(options.getByRole('radio', { name: 'Con notas' })).toBeChecked()
        await expect(page.getByRole('figure').first()).toBeVisible()
      })
    }
  })
}

test.describe('what a screen reader announces', () => {
  test('moving through the presentation announces the new slide number and title in a polite live region', async ({ page }) => {
    await openApp(page, 'present/introduccion.html')
    // One polite, atomic region for the deck (quizzes have their own, inside the slides).
    const announcer = page.locator('[aria-live="polite"][aria-atomic="true"]')
    await expect(announcer).toHaveCount(1)
    await expect(announcer).toHaveText('Diapositiva 1 de 18: Introducción a la virtualización')

    await page.keyboard.press('ArrowRight')
    await expectPosition(page, 1, 0)
    await expect(announcer).toHaveText('Diapositiva 2 de 18: ¿Qué es virtualizar?')

    await page.keyboard.press('ArrowLeft')
    await expectPosition(page, 0, 0)
    await expect(announcer).toHaveText('Diapositiva 1 de 18: Introducción a la virtualización')

    // A reveal step is announced with its number too.
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expectPosition(page, 1, 1)
    await expect(announcer).toHaveText('Diapositiva 2 de 18: ¿Qué es virtualizar? Paso 1 de 2')
  })

  test('a quiz verdict on the reading page lands in its status region, which describes the answer field', async ({ page }) => {
    await openApp(page, 'lesson/introduccion.html')
    const short = quiz(page, /Completa la orden/)
    const status = short.getByRole('status')
    // Present (and empty) before the check, so the verdict is announced when it appears.
    await expect(status).toHaveCount(1)
    await expect(status).toHaveText('')
    // role=status is a polite live region; an explicit aria-live, if any, must not override that.
    const live = await status.getAttribute('aria-live')
    expect(live === null || live === 'polite').toBe(true)

    await answerShortQuestion(page, 'vmx')
    await expect(status).toContainText('Incorrecto')
    await expect(short.getByLabel('Tu respuesta')).toHaveAccessibleDescription(/Incorrecto/)

    await answerShortQuestion(page, 'vmx|svm')
    await expect(status).toContainText('Correcto')
    await expect(status).not.toContainText('Incorrecto')
    await expect(short.getByLabel('Tu respuesta')).toHaveAccessibleDescription(/Correcto/)
  })

  test('progress page with the keyboard alone: Tab to reset and export, the dialog takes and gives back focus', async ({ page }) => {
    await openApp(page, 'lesson/introduccion.html')
    await answerShortQuestion(page, 'vmx|svm')
    await openApp(page, 'progress.html')
    const lessonRow = page.getByRole('row', { name: /Introducción a la virtualización/ })
    await expect(lessonRow).toContainText('1 de 4 respondidas')

    const reset = lessonRow.getByRole('button', { name: 'Borrar el progreso de «Introducción a la virtualización»' })
    await tabTo(page, reset)
    await expect(reset).toBeFocused()

    await page.keyboard.press('Enter')
    const confirm = page.getByRole('dialog', { name: 'Borrar el progreso de una lección' })
    await expect(confirm).toBeVisible()
    await expect(confirm).toContainText('Introducción a la virtualización')
    // Focus is inside the dialog, on the safe choice.
    await expect(confirm.getByRole('button', { name: 'Cancelar' })).toBeFocused()
    expect(await confirm.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)

    await page.keyboard.press('Escape')
    await expect(confirm).toBeHidden()
    await expect(reset).toBeFocused()
    await expect(lessonRow).toContainText('1 de 4 respondidas')

    // On from there: both export buttons are reachable.
    await tabTo(page, page.getByRole('button', { name: 'Exportar (JSON)' }))
    await expect(page.getByRole('button', { name: 'Exportar (JSON)' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Exportar para hoja de cálculo (CSV)' })).toBeFocused()
  })
})
