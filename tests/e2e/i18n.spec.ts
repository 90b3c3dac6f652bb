import { expect, test } from '@playwright/test'
import { answerShortQuestion, expectNoAxeViolations, expectPosition, openApp, quiz } from './helpers.ts'

test('switching language on a slide stays on the same slide and step', async ({ page }) => {
  await openApp(page, 'present/introduccion.html#3.1')
  await expectPosition(page, 2, 1)
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/en\/present\/introduccion\.html#3\.1$/)
  await expect(page.locator('[data-ready]')).toBeAttached()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectPosition(page, 2, 1)
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Español' }).click()
  await expect(page).toHaveURL(/\/present\/introduccion\.html#3\.1$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})

test('an answer given in Spanish is kept in English', async ({ page }) => {
  await openApp(page, 'lesson/introduccion.html')
  await answerShortQuestion(page, 'vmx|svm')
  await expect(quiz(page, /Completa la orden/).getByRole('status')).toContainText('Correcto')

  await openApp(page, 'en/lesson/introduccion.html')
  const english = page.getByRole('form').filter({ has: page.getByLabel('Your answer') }).first()
  await expect(english.getByLabel('Your answer')).toHaveValue('vmx|svm')
  await expect(english.getByRole('status')).toContainText('Correct · 1 try')
  await expectNoAxeViolations(page)
})

test('a shared English link opens in English, with English numbers and grades', async ({ page }) => {
  await openApp(page, 'en/lesson/tipos.html')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle(/Virtualization on Linux/)
  const assessment = page.getByRole('region', { name: 'Self-assessment' })
  await assessment.getByRole('button', { name: 'Submit' }).click()
  await expect(assessment.getByRole('heading', { name: 'Grade: 0.0 / 10' })).toBeVisible()
  await openApp(page, 'en/index.html')
  await expect(page.getByRole('heading', { level: 1, name: 'Virtualization on Linux' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Read “/ })).toHaveCount(5)
  await expectNoAxeViolations(page)
  await openApp(page, 'en/progress.html')
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' })

  test('opens the English course on a first visit and remembers a switch to Spanish', async ({ page }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto('./')
    await expect(page).toHaveURL(/en\/index\.html$/)
    // Sent on from the Spanish page's <head>: nothing of the Spanish page was downloaded first.
    const english = requests.findIndex((path) => path.endsWith('/en/index.html'))
    expect(english, requests.join(' ')).toBeGreaterThan(0)
    expect(requests.slice(0, english).filter((path) => !/\/(index\.html)?$/.test(path)), requests.join(' ')).toEqual([])
    await expect(page.getByRole('heading', { level: 1, name: 'Virtualization on Linux' })).toBeVisible()
    await page.getByRole('link', { name: 'Español' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Virtualización en Linux' })).toBeVisible()
    await page.goto('./')
    await expect(page.locator('[data-ready]')).toBeAttached()
    await expect(page).not.toHaveURL(/en\//)
  })
})
