import { expect, type Locator, type Page, test } from '@playwright/test'
import { LAYERS, LESSON1_USES, expectNoAxeViolations, openApp, putInOrder, quiz } from './helpers.ts'

/*
 * A student answering the embedded quizzes on the reading pages. The answers
 * used here are the ones the lessons teach (lesson 1 and lesson 2).
 */

async function check(question: Locator): Promise<void> {
  await question.getByRole('button', { name: 'Comprobar' }).click()
}

const MATCHING = LESSON1_USES

test('matching, multiple choice, ordering and short answer: wrong, then right, kept after a reload', async ({ page }) => {
  await openApp(page, 'lesson/introduccion.html')

  // Matching: one pair wrong is partly correct, with marks that are not colour only.
  const matching = quiz(page, /Relaciona cada situación/)
  const entries = Object.entries(MATCHING)
  for (const [left, right] of entries) await matching.getByLabel(`Pareja de «${left}»`).selectOption(right)
  await matching.getByLabel(`Pareja de «${entries[0]![0]}»`).selectOption('Consolidación')
  await check(matching)
  await expect(matching.getByRole('status')).toContainText('Parcialmente correcto (83 %)')
  await expect(matching.getByText('✘ Fallada')).toBeVisible()
  await expect(matching.getByText('Explicación')).toBeHidden()
  await matching.getByRole('button', { name: 'Ver una pista' }).click()
  await expect(matching.getByText(/Fíjate en el verbo/)).toBeVisible()
  await matching.getByLabel(`Pareja de «${entries[0]![0]}»`).selectOption(entries[0]![1])
  await check(matching)
  await expect(matching.getByRole('status')).toContainText('Correcto · 2 intentos')
  await expect(matching.getByText('Explicación')).toBeVisible()

  // Multiple choice: a trap picked shows the author's feedback for it; partial credit.
  const multiple = quiz(page, /ventajas reales de la virtualización/)
  await multiple.getByLabel('Reunir en un solo equipo varios servidores que estaban casi siempre ociosos.').check()
  await multiple.getByLabel('El hipervisor hace imposible que un atacante salte de una MV a las demás.').check()
  await check(multiple)
  await expect(multiple.getByRole('status')).toContainText('Incorrecto · 1 intento')
  await expect(multiple.getByText(/Opción incorrecta: El aislamiento mejora/)).toBeVisible()
  await multiple.getByLabel('El hipervisor hace imposible que un atacante salte de una MV a las demás.').uncheck()
  for (const option of ['Mover una MV encendida a otro anfitrión sin apagarla (migración en vivo).', 'Hacer una instantánea antes de actualizar y volver atrás si algo sale mal.', 'Separar servicios para que el fallo de uno no arrastre a los demás.']) {
    await multiple.getByLabel(option).check()
  }
  await check(multiple)
  await expect(multiple.getByRole('status')).toContainText('Correcto · 2 intentos')

  // Ordering: the shuffled order is never the right one; up/down buttons fix it.
  const ordering = quiz(page, /ordena las capas/)
  await check(ordering)
  await expect(ordering.getByRole('status')).toContainText('Incorrecto')
  await putInOrder(ordering, LAYERS)
  await check(ordering)
  await expect(ordering.getByRole('status')).toContainText('Correcto')

  // Short answer: trimmed and collapsed, case-sensitive.
  const short = quiz(page, /Completa la orden/)
  await short.getByLabel('Tu respuesta').fill('VMX|SVM')
  await check(short)
  await expect(short.getByRole('status')).toContainText('Incorrecto')
  await short.getByLabel('Tu respuesta').fill('  vmx|svm ')
  await check(short)
  await expect(short.getByRole('status')).toContainText('Correcto · 2 intentos')
  await expect(short.getByText('Explicación')).toBeVisible()
  await expectNoAxeViolations(page)

  // Reload: answers, verdicts and tries are still there.
  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect(quiz(page, /Relaciona cada situación/).getByRole('status')).toContainText('Correcto · 2 intentos')
  await expect(quiz(page, /Relaciona cada situación/).getByLabel(`Pareja de «${entries[0]![0]}»`).locator('option:checked')).toHaveText(entries[0]![1])
  await expect(quiz(page, /ventajas reales/).getByRole('status')).toContainText('Correcto')
  await expect(quiz(page, /Completa la orden/).getByLabel('Tu respuesta')).toHaveValue('  vmx|svm ')
  // The student scrolls down to it (slides far below the screen are not laid out, so they have no rendered text yet).
  await quiz(page, /ordena las capas/).scrollIntoViewIfNeeded()
  await expect.poll(async () => {
    const items = await quiz(page, /ordena las capas/).getByRole('listitem').allInnerTexts()
    return items.map((text) => LAYERS.findIndex((layer) => text.includes(layer)))
  }).toEqual([0, 1, 2, 3, 4])

  // The course home shows the score next to the lesson.
  await page.getByRole('link', { name: /^AulaVirt/ }).click()
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Introducción a la virtualización' }) })
  await expect(card).toContainText('Cuestionarios: 100 %')
})

test('true/false and single choice: per-option feedback, solution after two tries', async ({ page }) => {
  await openApp(page, 'lesson/tipos.html')
  const trueFalse = quiz(page, /Wine es un emulador/)
  await trueFalse.getByLabel('Verdadero').check()
  await check(trueFalse)
  await expect(trueFalse.getByRole('status')).toContainText('✘ Incorrecto')
  await trueFalse.getByLabel('Falso').check()
  await check(trueFalse)
  await expect(trueFalse.getByRole('status')).toContainText('✔ Correcto')
  await expect(trueFalse.getByText(/Wine Is Not an Emulator/)).toBeVisible()

  const single = quiz(page, /Te piden un Windows Server/)
  await expect(single.getByRole('button', { name: 'Ver la solución' })).toBeHidden()
  await single.getByLabel('Contenedores LXC para todo, porque son más ligeros.').check()
  await check(single)
  await expect(single.getByText(/Un contenedor comparte el kernel Linux del anfitrión/)).toBeVisible()
  await single.getByLabel('Máquinas virtuales para todo, porque los contenedores no aíslan.').check()
  await check(single)
  await single.getByRole('button', { name: 'Ver la solución' }).click()
  await expect(single.getByRole('status')).toContainText('Solución mostrada: esta pregunta no suma puntos.')
  await expect(single.getByLabel('Una máquina virtual para Windows Server y contenedores de aplicación para nginx.')).toBeChecked()
  await expect(single.getByText('Explicación')).toBeVisible()

  // The shuffled option order is the same after a reload.
  const order = await single.locator('label').allInnerTexts()
  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  // (The student's order replaces the prerendered one just after the page becomes interactive.)
  await expect.poll(() => quiz(page, /Te piden un Windows Server/).locator('label').allInnerTexts()).toEqual(order)
})

test('keyboard only: one question of each type', async ({ page }) => {
  await openApp(page, 'lesson/tipos.html')
  // True/false: Tab to the group, arrows choose, Enter checks.
  const trueFalse = quiz(page, /Wine es un emulador/)
  await trueFalse.getByLabel('Verdadero').focus()
  await page.keyboard.press('ArrowDown')
  await expect(trueFalse.getByLabel('Falso')).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(trueFalse.getByRole('status')).toContainText('Correcto')

  await openApp(page, 'lesson/introduccion.html')
  const matching = quiz(page, /Relaciona cada situación/)
  const first = matching.getByLabel(`Pareja de «Probar una actualización antes de aplicarla en el servidor real»`)
  await first.focus()
  await first.selectOption('Laboratorio de pruebas') // a focused <select> is changed with the keyboard by the browser
  await page.keyboard.press('Tab')
  await expect(matching.getByLabel('Pareja de «Ejecutar un sistema para ARM en un PC x86-64»')).toBeFocused()

  const multiple = quiz(page, /ventajas reales/)
  await multiple.getByLabel('Reunir en un solo equipo varios servidores que estaban casi siempre ociosos.').focus()
  await page.keyboard.press('Space')
  await expect(multiple.getByLabel('Reunir en un solo equipo varios servidores que estaban casi siempre ociosos.')).toBeChecked()

  const ordering = quiz(page, /ordena las capas/)
  const moveUp = ordering.getByRole('button', { name: /^Subir/ }).last()
  const label = await moveUp.getAttribute('aria-label')
  await moveUp.focus()
  await page.keyboard.press('Enter')
  // Focus follows the moved item, so Enter again keeps moving it.
  await expect(ordering.getByRole('button', { name: label! })).toBeFocused()
  const item = label!.slice('Subir «'.length, -1)
  const texts = await ordering.getByRole('listitem').allInnerTexts()
  expect(texts.findIndex((text) => text.includes(item))).toBe(texts.length - 2)

  const short = quiz(page, /Completa la orden/)
  await short.getByLabel('Tu respuesta').focus()
  await page.keyboard.type('vmx|svm')
  await page.keyboard.press('Enter')
  await expect(short.getByRole('status')).toContainText('Correcto')
})

test('self-assessment: deferred feedback, a grade from 0 to 10, history of best and last', async ({ page }) => {
  await openApp(page, 'lesson/tipos.html')
  const assessment = page.getByRole('region', { name: 'Autoevaluación' })
  await expect(assessment).toContainText('10 preguntas')
  // Two questions answered, nothing else: no feedback until submitting.
  const lxcWindows = assessment.getByRole('form').filter({ hasText: /Windows/ }).filter({ has: page.getByLabel('Verdadero') }).first()
  await lxcWindows.getByLabel('Falso').check()
  await expect(assessment.getByRole('button', { name: 'Comprobar' })).toHaveCount(0)
  await expect(assessment.getByText('Quedan 9 preguntas sin responder: cuentan como falladas.')).toBeVisible()
  await assessment.getByRole('button', { name: 'Entregar' }).click()
  const grade = assessment.getByRole('heading', { name: /^Nota: \d,\d \/ 10$/ })
  await expect(grade).toBeFocused()
  const firstGrade = (await grade.innerText()).match(/(\d,\d)/)![1]!
  await expect(assessment.getByText('Explicación').first()).toBeVisible()
  await expect(assessment.getByText(/Mejor nota: \d,\d · última: \d,\d · 1 intento/)).toBeVisible()

  // Retake with nothing answered: grade 0,0; the best grade is kept.
  await assessment.getByRole('button', { name: 'Repetir la autoevaluación' }).click()
  await assessment.getByRole('button', { name: 'Entregar' }).click()
  await expect(assessment.getByRole('heading', { name: 'Nota: 0,0 / 10' })).toBeVisible()
  await expect(assessment.getByText(`Mejor nota: ${firstGrade} · última: 0,0 · 2 intentos`)).toBeVisible()

  await page.reload()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect(page.getByText(`Mejor nota: ${firstGrade} · última: 0,0 · 2 intentos`)).toBeVisible()
})

for (const [path, region, prompt, submit, wrong] of [
  ['lesson/introduccion.html', 'Autoevaluación', /qué flag de \/proc\/cpuinfo indica que tiene AMD-V/, 'Entregar', 'Opción incorrecta: vmx es el flag de Intel VT-x.'],
  ['en/lesson/introduccion.html', 'Self-assessment', /which \/proc\/cpuinfo flag shows that it has AMD-V/, 'Submit', 'Wrong option: vmx is the Intel VT-x flag.'],
] as const) {
  test(`a wrong option's feedback keeps its formatting: vmx shows as code, never with backticks (${path})`, async ({ page }) => {
    await openApp(page, path)
    const assessment = page.getByRole('region', { name: region })
    const flag = assessment.getByRole('form', { name: prompt })
    await flag.getByLabel('vmx', { exact: true }).check()
    await assessment.getByRole('button', { name: submit }).click()
    const feedback = flag.getByText(wrong)
    await expect(feedback).toBeVisible()
    await expect(feedback.locator('code')).toHaveText(['vmx'])
    expect(await feedback.innerText()).not.toContain('`')
  })
}
