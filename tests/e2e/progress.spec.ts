import { readFileSync, writeFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { answerShortQuestion, expectNoAxeViolations, openApp } from './helpers.ts'

const STORAGE_KEY = 'aulavirt-progress'

async function progressTableText(page: Page): Promise<string> {
  return page.getByRole('table').innerText()
}

test('export, reset and import give back the same progress', async ({ page }, testInfo) => {
  await openApp(page, 'lesson/introduccion.html')
  await answerShortQuestion(page, 'vmx|svm')
  await openApp(page, 'progress.html')
  await expect(page.getByRole('heading', { level: 1, name: 'Mi progreso' })).toBeVisible()
  const lessonRow = page.getByRole('row', { name: /Introducción a la virtualización/ })
  await expect(lessonRow).toContainText('1 de 4 respondidas · 25 %')
  await expectNoAxeViolations(page)
  const before = await progressTableText(page)

  const jsonDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportar (JSON)' }).click()
  const exported = testInfo.outputPath('progreso.json')
  await (await jsonDownload).saveAs(exported)
  const file = JSON.parse(readFileSync(exported, 'utf8'))
  expect(file).toMatchObject({ app: 'aulavirt', kind: 'progress', version: 2 })
  expect(file.progress.answers['l1-patron-grep'].response).toBe('vmx|svm')

  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exportar para hoja de cálculo (CSV)' }).click()
  const csvPath = testInfo.outputPath('progreso.csv')
  await (await csvDownload).saveAs(csvPath)
  const csv = readFileSync(csvPath, 'utf8')
  expect(csv.split('\r\n')[0]).toContain('Lección;Título;Diapositivas vistas')
  expect(csv).toContain('1;Introducción a la virtualización;')

  // Reset asks first; cancelling changes nothing.
  await lessonRow.getByRole('button', { name: 'Borrar el progreso de «Introducción a la virtualización»' }).click()
  const confirm = page.getByRole('dialog', { name: 'Borrar el progreso de una lección' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancelar' }).click()
  await expect(lessonRow).toContainText('1 de 4 respondidas')
  await lessonRow.getByRole('button', { name: 'Borrar el progreso de «Introducción a la virtualización»' }).click()
  await confirm.getByRole('button', { name: 'Sí, borrar' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Progreso de «Introducción a la virtualización» borrado.')
  await expect(lessonRow).toContainText('Sin empezar')

  await page.getByLabel('Importar una exportación (JSON)').setInputFiles(exported)
  await expect(page.getByRole('main').getByRole('status')).toContainText('Progreso importado.')
  expect(await progressTableText(page)).toBe(before)
})

test('a wrong or hostile import file is rejected with a reason and changes nothing', async ({ page }, testInfo) => {
  await openApp(page, 'lesson/introduccion.html')
  await answerShortQuestion(page, 'vmx|svm')
  await openApp(page, 'progress.html')
  const before = await progressTableText(page)
  const cases: [string, string, RegExp][] = [
    ['roto.json', '{ esto no es json', /no es JSON válido/],
    ['otra-app.json', JSON.stringify({ hello: 'world' }), /No se ha importado nada: el fichero no es una exportación de progreso de AulaVirt/],
    ['hostil.json', '{"app":"aulavirt","kind":"progress","version":2,"progress":{"answers":{"__proto__":{"polluted":true},"pregunta-inventada":{"response":"<img src=x onerror=alert(1)>","checks":1,"firstCheckedAt":1,"lastCheckedAt":1}}}}', /tiene 2 datos que no corresponden a este curso/],
    ['futuro.json', JSON.stringify({ app: 'aulavirt', kind: 'progress', version: 99, progress: {} }), /versión más nueva/],
  ]
  for (const [name, content, message] of cases) {
    const path = testInfo.outputPath(name)
    writeFileSync(path, content)
    await page.getByLabel('Importar una exportación (JSON)').setInputFiles(path)
    await expect(page.getByRole('main').getByRole('status')).toContainText(message)
    expect(await progressTableText(page)).toBe(before)
  }
  expect(await page.evaluate(() => ({}).constructor.prototype.polluted)).toBeUndefined()
})

test('garbage in saved progress: the course still works, keeps what is valid and says what happened', async ({ page }) => {
  await openApp(page, './')
  await page.evaluate((key) => {
    localStorage.setItem(key, JSON.stringify({
      version: 2,
      state: {
        answers: {
          'l1-patron-grep': { response: 'vmx|svm', checks: 2, firstCheckedAt: 1_700_000_000_000, lastCheckedAt: 1_700_000_100_000 },
          'l1-ventajas-reales': { response: 42, checks: 'muchos' },
          'pregunta-que-no-existe': { response: 'x', checks: 1, firstCheckedAt: 1, lastCheckedAt: 1 },
        },
        visits: { introduccion: 'todas' },
        basura: [1, 2, 3],
      },
    }))
  }, STORAGE_KEY)
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('4 datos se han apartado y el resto se conserva')
  await expect(page.getByRole('heading', { level: 1, name: 'Virtualización en Linux' })).toBeVisible()
  await page.getByRole('button', { name: 'Entendido' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)

  // Told once: the repaired progress was saved, so the next visit is quiet; the valid answer is there.
  await openApp(page, 'lesson/introduccion.html')
  await expect(page.getByRole('alert')).toHaveCount(0)
  const short = page.getByRole('form', { name: /Completa la orden/ })
  await expect(short.getByLabel('Tu respuesta')).toHaveValue('vmx|svm')
  await expect(short.getByRole('status')).toContainText('Correcto · 2 intentos')
  await openApp(page, 'progress.html')
  await expect(page.getByText('4 datos guardados no se pudieron usar y están apartados')).toBeVisible()
})

test('saved progress that is not even JSON is set aside, never wiped, and the lesson works', async ({ page }) => {
  await openApp(page, './')
  await page.evaluate((key) => localStorage.setItem(key, '{"state": {"answers": {"l1-patr'), STORAGE_KEY)
  await openApp(page, 'present/introduccion.html#14')
  await expect(page.getByRole('alert')).toContainText('un dato se ha apartado')
  await expect(page.locator('[data-current-slide="13"]')).toBeAttached()
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY)
  expect(saved.state.setAside[0].value).toBe('{"state": {"answers": {"l1-patr')
})

test('with no storage available the course works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError') } })
  })
  await openApp(page, 'lesson/introduccion.html')
  await expect(page.getByRole('alert')).toContainText('Este navegador no deja guardar datos')
  await answerShortQuestion(page, 'vmx|svm')
  await expect(page.getByRole('form', { name: /Completa la orden/ }).getByRole('status')).toContainText('Correcto')
})

test('two tabs of the course stay consistent', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await openApp(first, 'lesson/introduccion.html')
  await openApp(second, 'lesson/introduccion.html')
  await answerShortQuestion(first, 'vmx|svm')
  await expect(second.getByRole('form', { name: /Completa la orden/ }).getByLabel('Tu respuesta')).toHaveValue('vmx|svm')
  await expect(second.getByRole('form', { name: /Completa la orden/ }).getByRole('status')).toContainText('Correcto · 1 intento')
})

/** Saved progress as the 2026-12-06 build left it in a student's browser, and what its progress page showed. */
const SAVED_BY_AN_EARLIER_BUILD = JSON.parse(readFileSync(new URL('../fixtures/progress/v2-browser-2026-12-06.json', import.meta.url), 'utf8')) as {
  localStorage: Record<string, unknown>
  progressPage: string[][]
}

/** Lesson, slides seen, quizzes and self-assessment of every row of the progress table. */
function progressFigures(page: Page): Promise<string[][]> {
  return page.getByRole('table').evaluate((table) => [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
    [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent!.trim())))
}

test('progress saved by an earlier build loads unchanged: the same figures on the progress page, after a reload too', async ({ page }) => {
  const saved = SAVED_BY_AN_EARLIER_BUILD.localStorage[STORAGE_KEY]
  // The prerendered page (no progress) and the hydrating one must agree: React reports a mismatch as an error.
  const errors: string[] = []
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()) })
  page.on('pageerror', (error) => errors.push(error.message))
  await openApp(page, './')
  await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [STORAGE_KEY, saved] as const)
  await openApp(page, 'progress.html')
  await expect.poll(() => progressFigures(page)).toEqual(SAVED_BY_AN_EARLIER_BUILD.progressPage)
  await expect(page.getByRole('alert')).toHaveCount(0)
  // Nothing was rewritten, repaired or set aside.
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY)).toEqual(saved)

  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect.poll(() => progressFigures(page)).toEqual(SAVED_BY_AN_EARLIER_BUILD.progressPage)

  // In the lessons: the solution shown stays shown, the unsent self-assessment keeps its answers, the sent one its grade.
  await openApp(page, 'lesson/introduccion.html')
  await expect(page.getByRole('form', { name: /Completa la orden/ }).getByText('Solución mostrada')).toBeVisible()
  const draft = page.getByRole('region', { name: 'Autoevaluación' })
  await expect(draft.getByLabel('Si ese servidor físico falla, se caen los seis servicios a la vez.')).toBeChecked()
  await openApp(page, 'lesson/tipos.html')
  await expect(page.getByRole('region', { name: 'Autoevaluación' }).getByRole('heading', { name: 'Nota: 1,0 / 10' })).toBeVisible()
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE_KEY)).toEqual(saved)
  expect(errors).toEqual([])
})
