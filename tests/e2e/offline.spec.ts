import { expect, test } from '@playwright/test'
import { answerShortQuestion, openApp, quiz } from './helpers.ts'

const LESSONS = ['introduccion', 'tipos', 'qemu-kvm', 'libvirt', 'lxc-lxd']

test('after one online visit the whole course works with the network off, progress included', async ({ context, page }) => {
  test.setTimeout(90_000)
  await openApp(page, './')
  await expect(page.getByRole('status').filter({ hasText: 'Disponible sin conexión' })).toBeVisible({ timeout: 30_000 })

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Virtualización en Linux' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Sin conexión' })).toBeVisible()

  for (const id of LESSONS) {
    await openApp(page, `lesson/${id}.html`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await openApp(page, `present/${id}.html#2`)
    await expect(page.locator('[data-current-slide="1"]')).toBeAttached()
  }

  // A quiz answered offline is saved and shows on the progress page.
  await openApp(page, 'lesson/introduccion.html')
  await answerShortQuestion(page, 'vmx|svm')
  await expect(quiz(page, /Completa la orden/).getByRole('status')).toContainText('Correcto')
  await openApp(page, 'progress.html')
  await expect(page.getByRole('row', { name: /Introducción a la virtualización/ })).toContainText('1 de 4 respondidas')

  // The presenter console and the English course too.
  await openApp(page, 'presenter/introduccion.html#3')
  await expect(page.getByRole('heading', { level: 1, name: /Vista del ponente/ })).toBeVisible()
  await openApp(page, 'en/lesson/introduccion.html')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('every kind of page names its web app manifest once it runs, so the course can be installed', async ({ page }) => {
  for (const path of ['./', 'present/introduccion.html', 'en/lesson/libvirt.html']) {
    await openApp(page, path)
    const links = page.locator('link[rel="manifest"]')
    await expect(links).toHaveCount(1)
    const href = await links.evaluate((link: HTMLLinkElement) => link.href)
    const manifest = await (await page.request.get(href)).json() as { name?: string; start_url?: string; icons?: unknown[] }
    expect(manifest.name, path).toMatch(/Virtualizaci/)
    expect(manifest.icons?.length, path).toBeGreaterThan(0)
  }
})
