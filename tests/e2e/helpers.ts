import AxeBuilder from '@axe-core/playwright'
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test'

/** Fails with the list of rules and targets when axe finds any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary, 'axe violations').toEqual([])
}

/** Opens a page and waits until the app has hydrated (keys pressed earlier would be lost). */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page.locator('[data-ready]')).toBeAttached()
}

export function currentSlide(page: Page) {
  return page.locator('[data-current-slide]')
}

/** Replaces the page's requestFullscreen with a counter (headless Chromium cannot show full screen); read it with fullscreenRequests. */
export async function countFullscreenRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counter = window as unknown as { fullscreenRequests: number }
    counter.fullscreenRequests = 0
    document.documentElement.requestFullscreen = () => {
      counter.fullscreenRequests += 1
      return Promise.resolve()
    }
  })
}

export function fullscreenRequests(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { fullscreenRequests: number }).fullscreenRequests)
}

/** Expects the deck to be at a slide and step (0-based slide, as in data-current-slide). */
export async function expectPosition(page: Page, slide: number, step: number): Promise<void> {
  await expect(currentSlide(page)).toHaveAttribute('data-current-slide', String(slide))
  await expect(currentSlide(page)).toHaveAttribute('data-current-step', String(step))
}

/** A quiz on the page (or in a frame: the course inside the SCORM player), found by its prompt. */
export function quiz(page: Page | FrameLocator, prompt: RegExp): Locator {
  return page.getByRole('form', { name: prompt })
}

/** Lesson 1, slide 4: each situation and its use of virtualization (the right answers). */
export const LESSON1_USES: Record<string, string> = {
  'Probar una actualización antes de aplicarla en el servidor real': 'Laboratorio de pruebas',
  'Ejecutar un sistema para ARM en un PC x86-64': 'Otra arquitectura (emulación)',
  'Poner el servidor web y la base de datos en máquinas separadas': 'Aislamiento de servicios',
  'Montar cinco nodos para practicar con un clúster': 'Clúster y sistemas distribuidos',
  'Pasar diez servidores viejos y ociosos a un único equipo': 'Consolidación',
  'Guardar el estado de una MV antes de un cambio arriesgado': 'Instantánea (snapshot)',
}

/** Lesson 1's ordering question: the layers from the hardware up (the right order). */
export const LAYERS = [
  'Hardware físico: CPU, RAM, disco y red',
  'Sistema operativo anfitrión, por ejemplo Debian 12',
  'Hipervisor: VirtualBox',
  'Sistema operativo invitado, por ejemplo Windows 11',
  'Aplicaciones que se ejecutan dentro del invitado',
]

/** Puts an ordering question's items in `order` with its «Subir» buttons, as a student does. */
export async function putInOrder(question: Locator, order: string[]): Promise<void> {
  for (let target = 0; target < order.length; target += 1) {
    const texts = await question.getByRole('listitem').allInnerTexts()
    let index = texts.findIndex((text) => text.includes(order[target]!))
    while (index > target) {
      await question.getByRole('button', { name: `Subir «${order[target]}»` }).click()
      index -= 1
    }
  }
}

/** Answers lesson 1's short-answer question (the grep pattern) and checks it. */
export async function answerShortQuestion(page: Page, answer: string): Promise<void> {
  const short = quiz(page, /Completa la orden/)
  await short.getByLabel('Tu respuesta').fill(answer)
  await short.getByRole('button', { name: 'Comprobar' }).click()
  await expect(short.getByRole('status')).toContainText(/Correcto|Incorrecto/)
}
