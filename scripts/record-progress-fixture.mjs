// Records what a student's browser keeps after a session with the built course
// (dist/), and what the progress page then shows, as a fixture for the
// "nothing lost" tests: saved progress of one version of the app must load
// unchanged into every later one. Run after `npm run build`, before changing
// how progress is stored:
//   node scripts/record-progress-fixture.mjs tests/fixtures/progress-v2.json
// The student: answers of the six question types (one solution shown), a
// submitted self-assessment and a draft of another, slides seen in both views.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs'

const out = process.argv[2]
if (!out) throw new Error('usage: node scripts/record-progress-fixture.mjs <fixture.json>')
const PORT = 4191
const base = `http://127.0.0.1:${PORT}`
const preview = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true })

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return
    } catch { /* not yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('vite preview did not start')
}

const USES = {
  'Probar una actualización antes de aplicarla en el servidor real': 'Laboratorio de pruebas',
  'Ejecutar un sistema para ARM en un PC x86-64': 'Otra arquitectura (emulación)',
  'Poner el servidor web y la base de datos en máquinas separadas': 'Aislamiento de servicios',
  'Montar cinco nodos para practicar con un clúster': 'Clúster y sistemas distribuidos',
  // One pair wrong: a partial score.
  'Pasar diez servidores viejos y ociosos a un único equipo': 'Instantánea (snapshot)',
  'Guardar el estado de una MV antes de un cambio arriesgado': 'Consolidación',
}
const LAYERS = [
  'Hardware físico: CPU, RAM, disco y red',
  'Sistema operativo anfitrión, por ejemplo Debian 12',
  'Hipervisor: VirtualBox',
  'Sistema operativo invitado, por ejemplo Windows 11',
  'Aplicaciones que se ejecutan dentro del invitado',
]

const quiz = (page, prompt) => page.getByRole('form', { name: prompt })
async function check(form) {
  await form.getByRole('button', { name: 'Comprobar' }).click()
  await form.getByRole('status').filter({ hasText: /Correcto|Incorrecto|Parcial/ }).waitFor()
}
async function open(page, path) {
  await page.goto(`${base}/${path}`)
  await page.locator('[data-ready]').waitFor({ state: 'attached' })
}

try {
  await waitForServer()
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] })
  const page = await browser.newPage({ locale: 'es-ES', viewport: { width: 1366, height: 768 } })
  await open(page, 'lesson/introduccion.html')

  const matching = quiz(page, /Relaciona cada situación/)
  for (const [left, right] of Object.entries(USES)) await matching.getByLabel(`Pareja de «${left}»`).selectOption(right)
  await check(matching)
  const multiple = quiz(page, /ventajas reales de la virtualización/)
  await multiple.getByLabel('Reunir en un solo equipo varios servidores que estaban casi siempre ociosos.').check()
  await multiple.getByLabel('Hacer una instantánea antes de actualizar y volver atrás si algo sale mal.').check()
  await check(multiple)
  const ordering = quiz(page, /ordena las capas/)
  for (let target = 0; target < LAYERS.length; target += 1) {
    const texts = await ordering.getByRole('listitem').allInnerTexts()
    let index = texts.findIndex((text) => text.includes(LAYERS[target]))
    while (index > target) {
      await ordering.getByRole('button', { name: `Subir «${LAYERS[target]}»` }).click()
      index -= 1
    }
  }
  await check(ordering)
  const short = quiz(page, /Completa la orden/)
  for (const wrong of ['vmx', 'svm']) {
    await short.getByLabel('Tu respuesta').fill(wrong)
    await check(short)
  }
  await short.getByRole('button', { name: 'Ver la solución' }).click()
  await short.getByText('Solución mostrada').waitFor()

  // Lesson 1's self-assessment: two answers given, not submitted (a draft).
  const ownAssessment = page.getByRole('region', { name: 'Autoevaluación' })
  await ownAssessment.getByRole('form', { name: /seis servidores a MV/ }).getByLabel('Si ese servidor físico falla, se caen los seis servicios a la vez.').check()
  await ownAssessment.getByRole('form', { name: /el mismo año, en 2005/ }).getByLabel('Verdadero').check()
  for (let press = 0; press < 40; press += 1) await page.mouse.wheel(0, 900)

  await open(page, 'lesson/tipos.html')
  const trueFalse = quiz(page, /Wine es un emulador/)
  await trueFalse.getByLabel('Falso').check()
  await check(trueFalse)
  const single = quiz(page, /Te piden un Windows Server/)
  await single.getByLabel('Una máquina virtual para Windows Server y contenedores de aplicación para nginx.').check()
  await check(single)
  const assessment = page.getByRole('region', { name: 'Autoevaluación' })
  await assessment.getByRole('form', { name: /diferencia fundamental entre emulación/ }).getByLabel(/La emulación imita por software una CPU/).check()
  await assessment.getByRole('button', { name: 'Entregar' }).click()
  await assessment.getByRole('heading', { name: /^Nota: / }).waitFor()

  await open(page, 'present/tipos.html')
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowRight')
  await page.waitForTimeout(500)

  const saved = await page.evaluate(() => window.localStorage.getItem('aulavirt-progress'))
  await open(page, 'progress.html')
  const table = await page.getByRole('table').evaluate((element) => [...element.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
    [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent.trim())))
  await browser.close()

  const fixture = {
    about: 'Saved progress as a student\'s browser kept it, made by the built course with scripts/record-progress-fixture.mjs, and the progress page it showed (lesson, slides seen, quizzes, self-assessment). Never edit: later versions of the app must load it unchanged.',
    recordedAt: new Date().toISOString().slice(0, 10),
    localStorage: { 'aulavirt-progress': JSON.parse(saved) },
    progressPage: table,
  }
  writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`)
  console.log(`wrote ${out}`)
} finally {
  process.kill(-preview.pid)
}
