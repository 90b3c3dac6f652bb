import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { expectNoAxeViolations, openApp } from './helpers.ts'

/* A teacher finds, from the course's home, the files for Moodle and how to set them up. */

test('from the home page, the teachers\' guide offers the SCORM package and the question files, and the settings that matter', async ({ page }) => {
  await openApp(page, 'index.html')
  await page.getByRole('link', { name: 'El curso en Moodle: guía y descargas' }).click()
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect(page).toHaveURL(/\/teachers\.html$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('El curso en tu Moodle')

  // The package downloads as the zip Moodle takes: the manifest at its root, the launch page beside it.
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: /^Descargar aulavirt-scorm12-\d+\.\d+\.\d+\.zip$/ }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^aulavirt-scorm12-\d+\.\d+\.\d+\.zip$/)
  const entries = unzipSync(readFileSync((await download.path())!))
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(['imsmanifest.xml', 'scorm.html', 'index.html']))

  // Every question file, in both languages, is there.
  for (const [name, start] of [
    ['Descargar Moodle XML, Moodle 4.4 o posterior (Español)', '<?xml'],
    ['Descargar Moodle XML, Moodle 4.1 a 4.3 (la pregunta de ordenar pasa a ser de relacionar) (Inglés)', '<?xml'],
    ['Descargar GIFT (pierde las pistas y la distinción de mayúsculas) (Español)', '// '],
  ] as const) {
    const href = await page.getByRole('link', { name, exact: true }).getAttribute('href')
    const response = await page.request.get(new URL(href!, page.url()).href)
    expect(response.status(), name).toBe(200)
    expect((await response.text()).trimStart().startsWith(start), name).toBe(true)
  }

  await expect(page.getByRole('heading', { name: 'La actividad SCORM en cinco pasos' })).toBeVisible()
  await expect(page.getByRole('row', { name: /Método de calificación/ })).toContainText('Calificación más alta')
  await expect(page.getByRole('row', { name: /Forzar nuevo intento/ })).toContainText('No')
  await expect(page.getByText('Aprobado de este paquete: 50 de 100.')).toBeVisible()
  await expect(page.getByText(/El estado sigue «Incompleto» hasta que entrega las cinco/)).toBeVisible()
  await expectNoAxeViolations(page)

  // The same guide in English, with the same files.
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/teachers\.html$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The course in your Moodle')
  const englishZip = await page.getByRole('link', { name: /^Download aulavirt-scorm12-.*\.zip$/ }).getAttribute('href')
  expect((await page.request.get(new URL(englishZip!, page.url()).href)).status()).toBe(200)
  await expect(page.getByText('This package’s pass mark: 50 out of 100.')).toBeVisible()
  await expectNoAxeViolations(page)
})
