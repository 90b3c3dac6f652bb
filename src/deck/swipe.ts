export type SwipeDirection = 'next' | 'previous'

/** Minimum horizontal travel, in CSS pixels, for a touch gesture to count as a swipe. */
export const SWIPE_MIN_DISTANCE = 50
/** Gestures slower than this are scrolls or long presses, not swipes. */
export const SWIPE_MAX_DURATION_MS = 800

/**
 * Classifies a finished touch gesture. A mostly horizontal, quick movement is
 * a swipe: right-to-left goes forward, left-to-right goes back.
 */
export function classifySwipe(dx: number, dy: number, durationMs: number): SwipeDirection | null {
  if (durationMs > SWIPE_MAX_DURATION_MS) return null
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return null
  return dx < 0 ? 'next' : 'previous'
}
