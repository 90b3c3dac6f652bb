import { describe, expect, it } from 'vitest'
import { FIT, MAX_SCALE, PAN_STEP, applyViewerKey, clampPan, panBy, pinch, viewerKey, zoomAt } from './zoom-pan'

const stage = { width: 800, height: 400 }

describe('zoom and pan of the full-screen diagram', () => {
  it('keeps the drawing point under the pointer where it was when zooming', () => {
    const view = zoomAt(FIT, 2, 200, 100, stage)
    expect(view.scale).toBe(2)
    // Drawing point (200, 100) is still on screen at (200, 100).
    expect(200 * view.scale + view.x).toBe(200)
    expect(100 * view.scale + view.y).toBe(100)
  })

  it('never zooms out below the fit nor in beyond the maximum', () => {
    expect(zoomAt(FIT, 0.5, 400, 200, stage)).toEqual(FIT)
    expect(zoomAt({ scale: 5, x: -100, y: -50 }, 4, 0, 0, stage).scale).toBe(MAX_SCALE)
  })

  it('never pans the drawing past its edges', () => {
    expect(panBy(FIT, 50, 50, stage)).toEqual(FIT)
    const zoomed = { scale: 2, x: -400, y: -200 }
    expect(panBy(zoomed, 10_000, 10_000, stage)).toEqual({ scale: 2, x: 0, y: 0 })
    expect(panBy(zoomed, -10_000, -10_000, stage)).toEqual({ scale: 2, x: -800, y: -400 })
    expect(clampPan({ scale: 1, x: -30, y: 12 }, stage)).toEqual(FIT)
  })

  it('maps the view keys: + and − zoom about the centre, arrows show more in their direction, 0 fits', () => {
    expect(viewerKey('+')).toBe('zoomIn')
    expect(viewerKey('=')).toBe('zoomIn')
    expect(viewerKey('-')).toBe('zoomOut')
    expect(viewerKey('0')).toBe('reset')
    expect(viewerKey('ArrowRight')).toBe('right')
    expect(viewerKey('Enter')).toBeUndefined()
    expect(viewerKey('toString')).toBeUndefined()

    const zoomed = applyViewerKey(FIT, 'zoomIn', stage)
    expect(zoomed.scale).toBe(1.5)
    // The centre of the stage stays put.
    expect(400 * zoomed.scale + zoomed.x).toBe(400)
    const right = applyViewerKey(zoomed, 'right', stage)
    expect(right.x).toBe(zoomed.x - PAN_STEP)
    const down = applyViewerKey(zoomed, 'down', stage)
    expect(down.y).toBe(zoomed.y - PAN_STEP)
    expect(applyViewerKey(applyViewerKey(zoomed, 'zoomOut', stage), 'zoomOut', stage)).toEqual(FIT)
    expect(applyViewerKey(right, 'reset', stage)).toEqual(FIT)
  })

  it('reads a pinch as the ratio of finger distances and the move of their midpoint', () => {
    const result = pinch([{ x: 100, y: 100 }, { x: 200, y: 100 }], [{ x: 90, y: 120 }, { x: 290, y: 120 }])
    expect(result.factor).toBe(2)
    expect(result.mid).toEqual({ x: 190, y: 120 })
    expect([result.dx, result.dy]).toEqual([40, 20])
    expect(pinch([{ x: 1, y: 1 }, { x: 1, y: 1 }], [{ x: 1, y: 1 }, { x: 5, y: 1 }]).factor).toBe(1)
  })
})
