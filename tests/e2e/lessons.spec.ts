import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, openApp } from './helpers.ts'

const LESSONS = [
  ['introduccion', 'Introducción a la virtualización'],
  ['tipos', 'Tipos de virtualización'],
  ['qemu-kvm', 'QEMU y KVM'],
  ['libvirt', 'libvirt'],
  ['lxc-lxd', 'LXC, LXD e Incus'],
] as const

test('the course home links every lesson', async ({ page }) => {
  await openApp(page, './')
  for (const [, title] of LESSONS) {
    await expect(page.getByRole('link', { name: `Leer «${title}»` })).toBeVisible()
    await expect(page.getByRole('link', { name: `Presentar «${title}»` })).toBeVisible()
  }
})

for (const [id, title] of LESSONS) {
  test(`${title}: reading page, presentation and self-assessment`, async ({ page }) => {
    test.setTimeout(120_000) // axe checks every code token of a whole lesson
    await openApp(page, `lesson/${id}.html`)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expectNoAxeViolations(page)

    // The self-assessment can be completed: answer the first question, submit, get a grade.
    const assessment = page.getByRole('region', { name: 'Autoevaluación' })
    const firstQuestion = assessment.getByRole('form').first()
    const choice = firstQuestion.getByRole('radio').or(firstQuestion.getByRole('checkbox')).first()
    if (await choice.count()) await choice.check()
    await assessment.getByRole('button', { name: 'Entregar' }).click()
    await expect(assessment.getByRole('heading', { name: /^Nota: \d{1,2},\d \/ 10$/ })).toBeVisible()
    await expect(assessment.getByText('Explicación').first()).toBeVisible()
    await expectNoAxeViolations(page)

    // Presentation: first slide, every slide reachable with the keyboard, axe clean on the last.
    await openApp(page, `present/${id}.html`)
    await expectNoAxeViolations(page)
    const slides = await page.locator('.slide').count()
    await page.keyboard.press('End')
    await expect(page.locator('[data-current-slide]')).toHaveAttribute('data-current-slide', String(slides - 1))
    await expectNoAxeViolations(page)
    await page.keyboard.press('ArrowLeft')
    await expect(page.locator('.slide:not([hidden])').getByRole('region', { name: 'Autoevaluación' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
