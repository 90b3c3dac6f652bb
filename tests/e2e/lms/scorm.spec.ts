import { readFileSync } from 'node:fs'
import { expect, type FrameLocator, type Page, test } from '@playwright/test'
import { LESSON1_USES, LAYERS, putInOrder, quiz } from '../helpers.ts'
import { PACKAGE_PATH, type ScormHarness, serveScormHarness } from './scorm-harness.ts'

/*
 * The SCORM package as Moodle plays it: the zip the build puts in the course's
 * downloads, unzipped and served on loopback under a pluginfile.php path, in
 * a frame of a parent page that offers scorm-again's SCORM 1.2 API and, like
 * Moodle's standard mode, refuses suspend_data over 4096 characters.
 */

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const ZIP = `${process.env.AULAVIRT_OUT_DIR ?? 'dist'}/descargas/aulavirt-scorm12-${version}.zip`

type Call = [name: string, element: string, value: string, result: string, error: string]
interface Cmi {
  core: Record<string, string> & { score: Record<string, string> }
  suspend_data: string
}
interface LmsLog { calls: Call[]; violations: number[]; commits: Cmi[]; finishes: Cmi[] }
interface Preload { core?: Record<string, unknown>; suspend_data?: string }

let harness: ScormHarness
test.beforeAll(async () => {
  harness = await serveScormHarness(ZIP)
})
test.afterAll(() => harness.close())

/** Requests that left the package (there must be none): aborted and kept. */
const outside = new WeakMap<Page, string[]>()

async function launch(page: Page, preload: Preload = {}): Promise<FrameLocator> {
  const left: string[] = []
  outside.set(page, left)
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(harness.origin)) return route.continue()
    left.push(route.request().url())
    return route.abort()
  })
  await page.goto(`${harness.origin}/?preload=${encodeURIComponent(JSON.stringify(preload))}`)
  const course = page.frameLocator('#sco').frameLocator('#course')
  await expect(course.locator('[data-ready]')).toBeAttached()
  return course
}

const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as { __lms: { log: LmsLog } }).__lms.log)
const lmsData = (page: Page) => page.evaluate(() => (window as unknown as { __lms: { cmi: () => Cmi } }).__lms.cmi())
const named = (log: LmsLog, name: string) => log.calls.filter((call) => call[0] === name)
const setsOf = (log: LmsLog, element: string) => log.calls.filter((call) => call[0] === 'LMSSetValue' && call[1] === element)
const refused = (log: LmsLog) => log.calls.filter((call) => call[3] === 'false').map((call) => `${call[0]} ${call[1]}=${call[2].slice(0, 40)} → ${call[4]}`)

/** From the course's home, a lesson's reading page or presentation, as a student clicks it. */
async function openLesson(course: FrameLocator, how: 'Leer' | 'Presentar', title: string): Promise<void> {
  await course.getByRole('link', { name: /Inicio del curso$/ }).first().click()
  await expect(course.getByRole('heading', { level: 1 })).toHaveText('Virtualización en Linux')
  await course.getByRole('link', { name: `${how} «${title}»` }).click()
  await expect(course.locator('[data-ready]')).toBeAttached()
}

async function check(form: ReturnType<typeof quiz>): Promise<void> {
  await form.getByRole('button', { name: 'Comprobar' }).click()
  await expect(form.getByRole('status')).toContainText(/Correcto|Incorrecto/)
}

/** Leaves as Moodle's "Exit activity" does: the player's frame is navigated away. */
async function leave(page: Page): Promise<Cmi> {
  await page.evaluate(() => { (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank' })
  await expect.poll(async () => (await lmsLog(page)).finishes.length).toBe(1)
  return (await lmsLog(page)).finishes[0]!
}

/** What Moodle hands the next attempt after `finished` (exit=suspend: entry=resume). */
function resumeFrom(finished: Cmi): Preload {
  const { core } = finished
  return {
    core: { entry: 'resume', lesson_location: core.lesson_location, lesson_status: core.lesson_status, score: core.score, total_time: core.session_time },
    suspend_data: finished.suspend_data,
  }
}

test.afterEach(async ({ page }) => {
  expect(outside.get(page) ?? [], 'requests outside the package').toEqual([])
})

test('a first launch initialises once, says incomplete, and the location follows the slides', async ({ page }) => {
  const course = await launch(page)
  await expect(course.getByRole('heading', { level: 1 })).toContainText('Virtualización en Linux')
  expect(named(await lmsLog(page), 'LMSInitialize')).toHaveLength(1)
  expect((await lmsData(page)).core.lesson_status).toBe('incomplete')

  await openLesson(course, 'Presentar', 'Tipos de virtualización')
  await expect.poll(async () => (await lmsData(page)).core.lesson_location, { timeout: 10_000 }).toBe('present/tipos.html#1')
  await course.getByRole('button', { name: 'Siguiente', exact: true }).click()
  await course.getByRole('button', { name: 'Siguiente', exact: true }).click()
  const hash = await course.locator('[data-current-slide]').evaluate((deck) => deck.ownerDocument.location.hash)
  expect(hash).toMatch(/^#\d+(\.\d+)?$/)
  await expect.poll(async () => (await lmsData(page)).core.lesson_location, { timeout: 10_000 }).toBe(`present/tipos.html${hash}`)
  const log = await lmsLog(page)
  expect(named(log, 'LMSInitialize')).toHaveLength(1)
  expect(refused(log)).toEqual([])
})

test('answers of the six types and a self-assessment reach the LMS across lessons; leaving finishes once; the next launch resumes there', async ({ page, browser }) => {
  const course = await launch(page)
  await openLesson(course, 'Leer', 'Introducción a la virtualización')
  const matching = quiz(course, /Relaciona cada situación/)
  for (const [left, right] of Object.entries(LESSON1_USES)) await matching.getByLabel(`Pareja de «${left}»`).selectOption(right)
  await check(matching)
  const multiple = quiz(course, /ventajas reales de la virtualización/)
  for (const option of ['Reunir en un solo equipo varios servidores que estaban casi siempre ociosos.', 'Mover una MV encendida a otro anfitrión sin apagarla (migración en vivo).', 'Hacer una instantánea antes de actualizar y volver atrás si algo sale mal.', 'Separar servicios para que el fallo de uno no arrastre a los demás.']) {
    await multiple.getByLabel(option).check()
  }
  await check(multiple)
  const ordering = quiz(course, /ordena las capas/)
  await putInOrder(ordering, LAYERS)
  await check(ordering)
  const short = quiz(course, /Completa la orden/)
  await short.getByLabel('Tu respuesta').fill('vmx|svm')
  await check(short)

  // Another lesson: a new page in the course's frame, the same SCORM session.
  await openLesson(course, 'Leer', 'Tipos de virtualización')
  const trueFalse = quiz(course, /Wine es un emulador/)
  await trueFalse.getByLabel('Falso').check()
  await check(trueFalse)
  const single = quiz(course, /Te piden un Windows Server/)
  await single.getByLabel('Una máquina virtual para Windows Server y contenedores de aplicación para nginx.').check()
  await check(single)

  const assessment = course.getByRole('region', { name: 'Autoevaluación' })
  const lxcWindows = assessment.getByRole('form').filter({ hasText: /Windows/ }).filter({ has: course.getByLabel('Verdadero') }).first()
  await lxcWindows.getByLabel('Falso').check()
  const commitsBefore = (await lmsLog(page)).commits.length
  await assessment.getByRole('button', { name: 'Entregar' }).click()
  const gradeText = await assessment.getByRole('heading', { name: /^Nota: \d+,\d \/ 10$/ }).innerText()
  const grade = Number(gradeText.match(/(\d+,\d)/)![1]!.replace(',', '.'))
  expect(grade).toBeGreaterThan(0)
  // A submission is committed at once: the mean of the five best grades x 10, the four not taken counting 0.
  await expect.poll(async () => (await lmsLog(page)).commits.length, { timeout: 1_500 }).toBeGreaterThan(commitsBefore)
  const committed = (await lmsLog(page)).commits.at(-1)!
  expect(Number(committed.core.score.raw)).toBeCloseTo((grade * 10) / 5, 2)
  expect([committed.core.score.min, committed.core.score.max]).toEqual(['0', '100'])
  expect(committed.core.lesson_status).toBe('incomplete')
  expect(committed.suspend_data.length).toBeGreaterThan(0)
  expect(committed.suspend_data.length).toBeLessThanOrEqual(4096)

  // The student goes on to a slide of the presentation, then leaves.
  await openLesson(course, 'Presentar', 'Tipos de virtualización')
  for (let press = 0; press < 3; press += 1) await course.getByRole('button', { name: 'Siguiente', exact: true }).click()
  const hash = await course.locator('[data-current-slide]').evaluate((deck) => deck.ownerDocument.location.hash)
  await expect.poll(async () => (await lmsData(page)).core.lesson_location, { timeout: 10_000 }).toBe(`present/tipos.html${hash}`)
  const finished = await leave(page)
  const log = await lmsLog(page)
  expect(named(log, 'LMSInitialize'), 'one session across three pages of the course').toHaveLength(1)
  expect(named(log, 'LMSFinish')).toHaveLength(1)
  expect(refused(log)).toEqual([])
  expect(log.violations).toEqual([])
  expect(finished.core.exit).toBe('suspend')
  expect(finished.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/)
  expect(finished.core.lesson_location).toBe(`present/tipos.html${hash}`)

  // A second launch from what Moodle kept: the same slide, the answers and the grade back.
  const second = await browser.newPage()
  const again = await launch(second, resumeFrom(finished))
  await expect(again.locator('[data-current-slide]')).toHaveAttribute('data-current-slide', String(Number(hash.slice(1).split('.')[0]) - 1))
  expect((await lmsData(second)).core.entry).toBe('resume')
  // Nothing changed yet, so nothing is sent (a commit waits a second after a change).
  await second.waitForTimeout(2_500)
  expect(named(await lmsLog(second), 'LMSCommit'), 'no commit before a change').toEqual([])
  expect(setsOf(await lmsLog(second), 'cmi.suspend_data')).toEqual([])

  await openLesson(again, 'Leer', 'Tipos de virtualización')
  await expect(quiz(again, /Wine es un emulador/).getByRole('status')).toContainText('Correcto')
  await expect(again.getByText(new RegExp(`Mejor nota: ${gradeText.match(/(\d+,\d)/)![1]} · última: ${gradeText.match(/(\d+,\d)/)![1]} · 1 intento`))).toBeVisible()
  await expect(again.getByText(/Moodle guarda de cada autoevaluación los intentos/)).toBeVisible()
  await openLesson(again, 'Leer', 'Introducción a la virtualización')
  await expect(quiz(again, /Completa la orden/).getByLabel('Tu respuesta')).toHaveValue('vmx|svm')
  await expect(quiz(again, /Relaciona cada situación/).getByRole('status')).toContainText('Correcto')

  // A change is saved again.
  const retry = quiz(again, /Completa la orden/)
  await retry.getByLabel('Tu respuesta').fill('svm|vmx')
  await check(retry)
  await expect.poll(async () => named(await lmsLog(second), 'LMSCommit').length, { timeout: 8_000 }).toBeGreaterThan(0)
  expect(named(await lmsLog(second), 'LMSInitialize')).toHaveLength(1)
  expect(outside.get(second)).toEqual([])
  await second.close()
})

test('the status stays incomplete until the fifth self-assessment is submitted, then is final', async ({ page }) => {
  const course = await launch(page)
  const titles = ['Introducción a la virtualización', 'Tipos de virtualización', 'QEMU y KVM', 'libvirt', 'LXC, LXD e Incus']
  for (const [index, title] of titles.entries()) {
    await openLesson(course, 'Leer', title)
    const assessment = course.getByRole('region', { name: 'Autoevaluación' })
    await assessment.getByRole('button', { name: 'Entregar' }).click()
    await expect(assessment.getByRole('heading', { name: 'Nota: 0,0 / 10' })).toBeVisible()
    const status = index < titles.length - 1 ? 'incomplete' : 'failed'
    await expect.poll(async () => (await lmsLog(page)).commits.at(-1)?.core.lesson_status, { timeout: 1_500 }).toBe(status)
  }
  const data = await lmsData(page)
  expect(data.core.score.raw).toBe('0')
  expect(refused(await lmsLog(page))).toEqual([])
})

test('the longest answers a student can type still fit in 4096 characters', async ({ page }) => {
  const course = await launch(page)
  const longest = '€'.repeat(250)
  for (const [title, prompt] of [
    ['Introducción a la virtualización', /Completa la orden/],
    ['QEMU y KVM', /crear una imagen llamada/],
    ['libvirt', /URI para conectarte por SSH/],
  ] as const) {
    await openLesson(course, 'Leer', title)
    const short = quiz(course, prompt)
    await short.getByLabel('Tu respuesta').fill(longest)
    await expect(short.getByLabel('Tu respuesta')).toHaveValue('€'.repeat(200))
    for (let attempt = 0; attempt < 3; attempt += 1) await check(short)
  }
  await expect.poll(async () => setsOf(await lmsLog(page), 'cmi.suspend_data').length, { timeout: 8_000 }).toBeGreaterThan(0)
  await leave(page)
  const log = await lmsLog(page)
  expect(log.violations).toEqual([])
  expect(refused(log)).toEqual([])
  const lengths = setsOf(log, 'cmi.suspend_data').map((call) => call[2].length)
  console.info(`suspend_data with three 200-character answers in 3-byte characters, three tries each: at most ${Math.max(...lengths)} characters`)
  expect(Math.max(...lengths)).toBeLessThanOrEqual(4096)
  await expect(page.frameLocator('#sco').getByText(/No se ha podido guardar/)).toHaveCount(0)
})

test('review mode shows the course and writes nothing', async ({ page }) => {
  const course = await launch(page, { core: { lesson_mode: 'review', credit: 'no-credit', entry: '', lesson_status: 'passed', score: { raw: '80', min: '0', max: '100' } } })
  await expect(page.frameLocator('#sco').getByRole('status')).toContainText('Modo revisión')
  await openLesson(course, 'Leer', 'Introducción a la virtualización')
  const short = quiz(course, /Completa la orden/)
  await short.getByLabel('Tu respuesta').fill('vmx|svm')
  await check(short)
  await page.waitForTimeout(2_500)
  await leave(page)
  const log = await lmsLog(page)
  expect(named(log, 'LMSSetValue')).toEqual([])
  expect(named(log, 'LMSCommit')).toEqual([])
  const data = await lmsData(page)
  expect([data.core.lesson_status, data.core.score.raw]).toEqual(['passed', '80'])
})

test('opened without an LMS, the package is the normal course', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${harness.origin}${PACKAGE_PATH}scorm.html`)
  await expect(page).toHaveURL(/\/index\.html$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Virtualización en Linux')
  await page.getByRole('link', { name: 'Leer «QEMU y KVM»' }).click()
  await expect(page.locator('[data-ready]')).toBeAttached()
  expect(errors).toEqual([])
})
