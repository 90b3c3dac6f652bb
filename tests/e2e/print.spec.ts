import { expect, type Page, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectNoAxeViolations, openApp } from './helpers.ts'

/*
 * A teacher printing the handouts of lesson 1: the slides 1, 2 or 4 to a
 * page (with and without notes), the students' worksheet and the answer key.
 * PDFs come from Chromium's own print path (page.pdf), with the page size the
 * print stylesheet asks for.
 */

const TITLE = 'Introducción a la virtualización'
const SOURCE = readFileSync('content/lessons/01-introduccion/es.mdx', 'utf8')

/** The text a reader sees of some inline Markdown (bold, italics, code). */
function plain(markdown: string): string {
  return markdown.replace(/[*`]/g, '').replace(/\s+/g, ' ').trim()
}

function tagContents(tag: string): string[] {
  return [...SOURCE.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!.trim())
}

const PROMPTS = tagContents('Prompt').map(plain)
/** First paragraph of every explanation. */
const EXPLANATIONS = tagContents('Explanation').map((text) => plain(text.split(/\n\s*\n/)[0]!))

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPages(pdf: Buffer): { count: number; landscape: boolean } {
  const text = pdf.toString('latin1')
  const count = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
  const box = /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)
  return { count, landscape: box !== null && Number(box[1]) > Number(box[2]) }
}

async function printToPdf(page: Page): Promise<{ count: number; landscape: boolean }> {
  await expect(page.locator('main[data-ready]')).toBeAttached()
  return pdfPages(await page.pdf({ preferCSSPageSize: true }))
}

/** What ends up on paper, as one line of text. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' })
  const text = await page.locator('main').innerText()
  await page.emulateMedia({ media: 'screen' })
  return text.replace(/\s+/g, ' ')
}

async function openPrintPageFromLesson(page: Page): Promise<number> {
  await openApp(page, 'lesson/introduccion.html')
  const facts = await page.locator('.lesson-facts').innerText()
  const slides = Number(/(\d+) diapositivas/.exec(facts)?.[1])
  await page.getByRole('link', { name: `Imprimir materiales de «${TITLE}»` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Materiales para imprimir: ${TITLE}` })).toBeVisible()
  await expect(page.locator('main[data-ready]')).toBeAttached()
  return slides
}

test.describe('printable handouts', () => {
  test.setTimeout(120_000) // axe checks every slide of the lesson

  test('slides 1, 2 and 4 to a page: one slide box per place, one sheet per page', async ({ page }) => {
    const slides = await openPrintPageFromLesson(page)
    expect(slides).toBeGreaterThan(10)
    const options = page.getByRole('form', { name: 'Qué imprimir' })
    await expect(options.getByRole('radio', { name: 'Diapositivas' })).toBeChecked()
    await expect(options.getByRole('radio', { name: '1 por página' })).toBeChecked()
    await expect(page.getByRole('figure')).toHaveCount(slides)
    await expect(options.getByRole('status')).toHaveText(`${slides} páginas A4 en horizontal`)
    expect(await printToPdf(page)).toEqual({ count: slides, landscape: true })

    await options.getByRole('radio', { name: '2 por página' }).check()
    await expect(page).toHaveURL(/\?kind=slides&per=2&notes=0$/)
    expect(await printToPdf(page)).toEqual({ count: Math.ceil(slides / 2), landscape: false })

    // Keyboard: the arrow keys move through a radio group.
    await options.getByRole('radio', { name: '2 por página' }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(options.getByRole('radio', { name: '4 por página' })).toBeChecked()
    await expect(page).toHaveURL(/\?kind=slides&per=4&notes=0$/)
    expect(await printToPdf(page)).toEqual({ count: Math.ceil(slides / 4), landscape: true })

    // Every slide is still there, every step shown: the last step of slide 2 is on the sheet.
    await expect(page.getByRole('figure', { name: `Diapositiva 2 de ${slides}: ¿Qué es virtualizar?` })).toContainText('Matiz sobre el material de 2022')
    await expectNoAxeViolations(page)
  })

  test('speaker notes, the options kept in the address, the Print button', async ({ page }) => {
    let printed = 0
    await page.exposeFunction('reportPrint', () => {
      printed += 1
    })
    await page.addInitScript(() => {
      window.print = () => {
        void (window as unknown as { reportPrint: () => Promise<void> }).reportPrint()
      }
    })
    const slides = await openPrintPageFromLesson(page)
    const options = page.getByRole('form', { name: 'Qué imprimir' })
    await expect(page.getByText('Presenta el curso: vamos a pasar')).toHaveCount(0)
    await options.getByRole('radio', { name: 'Con notas' }).check()
    await options.getByRole('radio', { name: '4 por página' }).check()
    await expect(page).toHaveURL(/\?kind=slides&per=4&notes=1$/)
    await expect(page.getByRole('figure', { name: `Diapositiva 1 de ${slides}: ${TITLE}` })).toContainText('Presenta el curso: vamos a pasar')

    await page.reload()
    await expect(page.locator('main[data-ready]')).toBeAttached()
    await expect(options.getByRole('radio', { name: '4 por página' })).toBeChecked()
    await expect(options.getByRole('radio', { name: 'Con notas' })).toBeChecked()
    expect(await printToPdf(page)).toEqual({ count: Math.ceil(slides / 4), landscape: false })

    await options.getByRole('button', { name: 'Imprimir' }).click()
    await expect.poll(() => printed).toBe(1)

    // On paper: the handout only, not the options nor the site's header.
    await page.emulateMedia({ media: 'print' })
    await expect(options).toBeHidden()
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('figure').first()).toBeVisible()
    // Nothing is cut off on paper: each slide and each note fits its box (long ones in smaller type).
    const cutOff = await page.locator('[data-fit]').evaluateAll((boxes) => boxes.filter((box) => box.scrollHeight > box.clientHeight + 1).length)
    expect(cutOff).toBe(0)
    await page.emulateMedia({ media: 'screen' })
    await expectNoAxeViolations(page)
  })

  test('the answer key has every question with its answer and explanation', async ({ page }) => {
    await openPrintPageFromLesson(page)
    const options = page.getByRole('form', { name: 'Qué imprimir' })
    await options.getByRole('radio', { name: 'Solucionario (profesorado)' }).check()
    await expect(page).toHaveURL(/\?kind=answers$/)
    await expect(options.getByRole('radio', { name: '2 por página' })).toBeHidden()
    await expect(page.getByRole('heading', { name: `Solucionario: ${TITLE}` })).toBeVisible()

    const text = await printedText(page)
    expect(PROMPTS).toHaveLength(14)
    await expect(page.getByRole('heading', { name: /^Pregunta \d+$/ })).toHaveCount(PROMPTS.length)
    for (const prompt of PROMPTS) expect(text).toContain(prompt)
    for (const explanation of EXPLANATIONS) expect(text).toContain(explanation)
    expect(text).toContain('Respuestas aceptadas: (vmx|svm), vmx|svm, (svm|vmx), svm|vmx')
    expect(text).toContain('Respuesta: Falso') // Intel and AMD did not start the same year

    // Matching: the letter written in each box names the right column's answer.
    const matching = page.getByRole('group').filter({ hasText: 'Relaciona cada situación' })
    const firstRow = await matching.getByRole('listitem').filter({ hasText: 'Probar una actualización' }).innerText()
    const letter = /^\s*1\.\s*([A-F])\s/.exec(firstRow)?.[1]
    expect(letter).toBeDefined()
    await expect(matching.getByRole('listitem').filter({ hasText: new RegExp(`^${letter}\\. `) })).toHaveText(`${letter}. Laboratorio de pruebas`)
    // Multiple choice: the four right options are marked, in words and not only by colour.
    await expect(page.getByRole('group').filter({ hasText: '¿Cuáles de estas afirmaciones' }).getByText('✔ correcta')).toHaveCount(4)

    expect(await printToPdf(page)).toMatchObject({ landscape: false })
    await expectNoAxeViolations(page)
  })

  test('the worksheet has the questions without answers, with room for the name', async ({ page }) => {
    await openPrintPageFromLesson(page)
    await page.getByRole('radio', { name: 'Hoja de ejercicios (alumnado)' }).check()
    await expect(page).toHaveURL(/\?kind=worksheet$/)
    await expect(page.getByRole('heading', { name: `Hoja de ejercicios: ${TITLE}` })).toBeVisible()

    const text = await printedText(page)
    for (const label of ['Nombre:', 'Grupo:', 'Fecha:']) expect(text).toContain(label)
    for (const prompt of PROMPTS) expect(text).toContain(prompt)
    await expect(page.getByRole('heading', { name: /^Pregunta \d+$/ })).toHaveCount(PROMPTS.length)
    for (const explanation of EXPLANATIONS) expect(text).not.toContain(explanation)
    for (const answerText of ['✔', 'Explicación', 'Respuestas aceptadas', 'Respuesta: Falso', 'Respuesta: Verdadero']) {
      expect(text).not.toContain(answerText)
    }

    // Ordering: the layers are not printed in the order that answers the question.
    const ordering = page.getByRole('group').filter({ hasText: 'ordena las capas' })
    const printedOrder = await ordering.getByRole('listitem').allInnerTexts()
    expect(printedOrder.map((item) => item.trim())).toHaveLength(5)
    expect(printedOrder[0]).not.toContain('Hardware físico')
    await expectNoAxeViolations(page)
  })

  test('in English, the handouts are in English', async ({ page }) => {
    await openApp(page, 'en/print/introduccion.html?kind=worksheet')
    await expect(page.getByRole('radio', { name: 'Worksheet (students)' })).toBeChecked()
    await expect(page.getByRole('heading', { name: 'Worksheet: Introduction to virtualization' })).toBeVisible()
    await expect(page.getByText('Name:')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Question 1', exact: true })).toBeVisible()
    // The language switch keeps the chosen handout.
    await page.getByRole('link', { name: 'Español' }).click()
    await expect(page.getByRole('radio', { name: 'Hoja de ejercicios (alumnado)' })).toBeChecked()
  })
})
