import { expect, test } from '@playwright/test'
import { openApp } from './helpers.ts'

/*
 * Every page of the PAGES table (src/app/pages.tsx), as the build writes it: the title in
 * the browser's tab, prerendered and after the app starts, and the page's own chunk
 * fetched with the entry (the prerender finds it by the table's source path).
 */
const PAGES = [
  { path: './', title: 'Virtualización en Linux', chunk: 'home-page' },
  { path: 'en/', title: 'Virtualization on Linux', chunk: 'home-page' },
  { path: 'progress.html', title: 'Mi progreso · Virtualización en Linux', chunk: 'progress-page' },
  { path: 'en/teachers.html', title: 'The course in your Moodle · Virtualization on Linux', chunk: 'teachers-page' },
  { path: 'lesson/qemu-kvm.html', title: 'QEMU y KVM · Virtualización en Linux', chunk: 'reading-page' },
  { path: 'present/qemu-kvm.html', title: 'QEMU y KVM · Virtualización en Linux', chunk: 'present-page' },
  { path: 'presenter/qemu-kvm.html', title: 'Vista del ponente · QEMU y KVM · Virtualización en Linux', chunk: 'presenter-page' },
  { path: 'en/print/libvirt.html', title: 'Printable handouts · libvirt · Virtualization on Linux', chunk: 'print-page' },
]

for (const { path, title, chunk } of PAGES) {
  test(`${path}: «${title}» in the tab, its chunk preloaded`, async ({ page, request }) => {
    const html = await (await request.get(path)).text()
    expect(html).toContain(`<title>${title}</title>`)
    expect(html).toMatch(new RegExp(`"[^"]*assets/${chunk}-[\\w-]+\\.js"`))
    await openApp(page, path)
    await expect(page).toHaveTitle(title)
  })
}

test('the not-found page: its title in both the file and an unknown address, no chunk', async ({ page, request }) => {
  const html = await (await request.get('404.html')).text()
  expect(html).toContain('<title>Página no encontrada · Virtualización en Linux</title>')
  expect(html).not.toMatch(/not-found-page-[\w-]+\.js/)
  await page.goto('no/such/page.html')
  await expect(page).toHaveTitle('Página no encontrada · Virtualización en Linux')
})
