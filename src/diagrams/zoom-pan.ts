/**
 * Zoom and pan of the full-screen diagram view, as pure functions. The
 * drawing is laid out to fit the stage at scale 1; a screen point p shows
 * the drawing point (p − offset) / scale. The drawing never leaves the stage:
 * no zooming out below the fit, no panning past its edges.
 */
export interface ZoomPan {
  scale: number
  x: number
  y: number
}

export interface Size {
  width: number
  height: number
}

export const FIT: ZoomPan = { scale: 1, x: 0, y: 0 }
export const MAX_SCALE = 6
/** One press of + or −. */
export const ZOOM_STEP = 1.5
/** One press of an arrow key, in CSS px. */
export const PAN_STEP = 60

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/** Keeps the scaled drawing covering the stage (offsets between stage − drawing and 0). */
export function clampPan(view: ZoomPan, stage: Size): ZoomPan {
  const scale = clamp(view.scale, 1, MAX_SCALE)
  return {
    scale,
    x: clamp(view.x, stage.width * (1 - scale), 0),
    y: clamp(view.y, stage.height * (1 - scale), 0),
  }
}

/** Zooms by `factor` keeping the drawing point under (px, py) where it is on screen. */
export function zoomAt(view: ZoomPan, factor: number, px: number, py: number, stage: Size): ZoomPan {
  const scale = clamp(view.scale * factor, 1, MAX_SCALE)
  const ratio = scale / view.scale
  return clampPan({ scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio }, stage)
}

/** Zooms about the centre of the stage (the + and − buttons and keys). */
export function zoomCentre(view: ZoomPan, factor: number, stage: Size): ZoomPan {
  return zoomAt(view, factor, stage.width / 2, stage.height / 2, stage)
}

/** Moves the drawing by (dx, dy) screen px. */
export function panBy(view: ZoomPan, dx: number, dy: number, stage: Size): ZoomPan {
  return clampPan({ ...view, x: view.x + dx, y: view.y + dy }, stage)
}

/** The command of a key pressed in the view, if any. */
export type ViewerKey = 'zoomIn' | 'zoomOut' | 'reset' | 'left' | 'right' | 'up' | 'down'

const KEYS: Record<string, ViewerKey> = {
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  '−': 'zoomOut',
  '_': 'zoomOut',
  '0': 'reset',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

export function viewerKey(key: string): ViewerKey | undefined {
  return Object.hasOwn(KEYS, key) ? KEYS[key] : undefined
}

/** Applies a key's command. Arrows move the view over the drawing: → shows what is to the right. */
export function applyViewerKey(view: ZoomPan, key: ViewerKey, stage: Size): ZoomPan {
  switch (key) {
    case 'zoomIn':
      return zoomCentre(view, ZOOM_STEP, stage)
    case 'zoomOut':
      return zoomCentre(view, 1 / ZOOM_STEP, stage)
    case 'reset':
      return FIT
    case 'left':
      return panBy(view, PAN_STEP, 0, stage)
    case 'right':
      return panBy(view, -PAN_STEP, 0, stage)
    case 'up':
      return panBy(view, 0, PAN_STEP, stage)
    case 'down':
      return panBy(view, 0, -PAN_STEP, stage)
  }
}

/** A two-finger pinch: the zoom factor and the movement of the fingers' midpoint. */
export function pinch(
  before: readonly [{ x: number; y: number }, { x: number; y: number }],
  after: readonly [{ x: number; y: number }, { x: number; y: number }],
): { factor: number; mid: { x: number; y: number }; dx: number; dy: number } {
  const distance = (p: typeof before) => Math.hypot(p[1].x - p[0].x, p[1].y - p[0].y)
  const middle = (p: typeof before) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 })
  const d0 = distance(before)
  const m0 = middle(before)
  const m1 = middle(after)
  return { factor: d0 > 0 ? distance(after) / d0 : 1, mid: m1, dx: m1.x - m0.x, dy: m1.y - m0.y }
}
