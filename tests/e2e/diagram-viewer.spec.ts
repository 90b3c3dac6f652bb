import { expect, type Locator, type Page, test } from '@playwright/test'
import { expectNoAxeViolations, expectPosition, openApp } from './helpers'

/** Rendered font size (CSS px) of the first label line of the drawing shown in `root`. */
async function firstLabelPx(root: Locator): Promise<number> {
  return root.locator('svg.diagram').evaluateAll((svgs) => {
    const svg = svgs.find((drawing) => drawing.getBoundingClientRect().width > 0)
    const text = svg?.querySelector('text') as SVGTextElement
    return parseFloat(getComputedStyle(text.querySelector('tspan') as Element).fontSize) * (text.getScreenCTM()?.a ?? 0)
  })
}

/** The drawing's offset in the view, from its CSS transform. */
async function drawingOffset(dialog: Locator): Promise<{ x: number; y: number }> {
  return dialog.locator('.diagram-viewer-drawing').evaluate((element) => {
    const matrix = new DOMMatrix(getComputedStyle(element).transform)
    return { x: matrix.e, y: matrix.f }
  })
}

async function openViewer(page: Page, name: RegExp): Promise<{ button: Locator; dialog: Locator }> {
  const button = page.getByRole('button', { name })
  await button.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return { button, dialog }
}

test.describe('full-screen diagram on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('opens full screen, zooms with keys, buttons and a pinch, pans, and closes back to its control', async ({ page }) => {
    await openApp(page, 'lesson/introduccion.html')
    const button = page.getByRole('button', { name: 'Ampliar a pantalla completa: Arquitectura con hipervisor de tipo 2 (alojado)' })
    await button.scrollIntoViewIfNeeded()
    const inPage = await firstLabelPx(page.locator('.reading-slide', { has: button }))
    await button.click()

    const dialog = page.getByRole('dialog', { name: 'Arquitectura con hipervisor de tipo 2 (alojado)' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Cerrar' })).toBeFocused()
    // It fills the screen.
    const box = await dialog.boundingBox()
    expect(box?.width).toBe(390)
    expect(box?.height).toBe(844)
    await expectNoAxeViolations(page)

    const zoom = dialog.getByRole('status')
    await expect(zoom).toHaveText('100 %')
    const fitted = await firstLabelPx(dialog)
    // A portrait phone gets the narrow drawing in the view too, readable before any zoom.
    await expect(dialog.locator('svg.diagram--narrow')).toBeVisible()
    expect(fitted).toBeGreaterThanOrEqual(Math.max(11, inPage))

    await page.keyboard.press('+')
    await expect(zoom).toHaveText('150 %')
    expect(await firstLabelPx(dialog)).toBeCloseTo(fitted * 1.5, 1)
    await dialog.getByRole('button', { name: 'Acercar' }).click()
    await expect(zoom).toHaveText('225 %')

    // The arrows move over the drawing; the page behind does not scroll.
    const scrollBefore = await page.evaluate(() => window.scrollY)
    const before = await drawingOffset(dialog)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    const after = await drawingOffset(dialog)
    expect(after.x).toBeLessThan(before.x)
    expect(after.y).toBeLessThan(before.y)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore)

    await page.keyboard.press('-')
    await expect(zoom).toHaveText('150 %')
    await page.keyboard.press('0')
    await expect(zoom).toHaveText('100 %')

    // A two-finger pinch, spreading the fingers to twice their distance, zooms in.
    const stage = await dialog.locator('.diagram-viewer-stage').boundingBox()
    if (!stage) throw new Error('no stage')
    const cx = stage.x + stage.width / 2
    const cy = stage.y + stage.height / 2
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: cx - spread, y: cy, id: 1 }, { x: cx + spread, y: cy, id: 2 }],
      })
    await touch('touchStart', 40)
    for (const spread of [50, 60, 70, 80]) await touch('touchMove', spread)
    await touch('touchEnd', 0)
    await expect(zoom).toHaveText('200 %')
    // One finger drags the drawing.
    const dragFrom = await drawingOffset(dialog)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy, id: 3 }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx + 60, y: cy + 40, id: 3 }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    const dragTo = await drawingOffset(dialog)
    expect(dragTo.x - dragFrom.x).toBeCloseTo(60, 0)
    expect(dragTo.y - dragFrom.y).toBeCloseTo(40, 0)

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
  })
})

test.describe('full-screen diagram on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('the wheel zooms about the pointer; in English; axe clean in the dark theme', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('aulavirt-display', JSON.stringify({ theme: 'dark', fontSize: 100 })))
    await openApp(page, 'en/lesson/libvirt.html')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const { button, dialog } = await openViewer(page, /^Open full screen: libvirt: from clients to hypervisors$/)
    await expect(dialog.getByRole('heading', { name: 'libvirt: from clients to hypervisors' })).toBeVisible()
    await expectNoAxeViolations(page)
    const stage = await dialog.locator('.diagram-viewer-stage').boundingBox()
    if (!stage) throw new Error('no stage')
    await page.mouse.move(stage.x + 200, stage.y + 150)
    await page.mouse.wheel(0, -300)
    await expect(dialog.getByRole('status')).not.toHaveText('100%')
    await dialog.getByRole('button', { name: 'Fit to screen' }).click()
    await expect(dialog.getByRole('status')).toHaveText('100%')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
  })
})

test.describe('full-screen diagram in the presentation', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('keys zoom the diagram, not the deck; Escape closes and the slide is where it was', async ({ page }) => {
    await openApp(page, 'present/qemu-kvm.html#6.99')
    const slide = page.locator('section.slide:not([hidden])')
    const step = await page.locator('[data-current-slide]').getAttribute('data-current-step')
    const { button, dialog } = await openViewer(page, /^Ampliar a pantalla completa: QEMU y KVM/)
    // Every layer revealed on the slide is in the view too.
    await expect(dialog.getByText('SO invitado + apps').first()).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('+')
    await page.keyboard.press('PageDown')
    await expect(dialog.getByRole('status')).toHaveText('150 %')
    await expectPosition(page, 5, Number(step))
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
    await expect(slide).toBeVisible()
    await expectPosition(page, 5, Number(step))
  })
})
