import { describe, expect, it } from 'vitest'
import { SWIPE_MAX_DURATION_MS, SWIPE_MIN_DISTANCE, type SwipeDirection, classifySwipe } from './swipe.ts'

describe('classifySwipe', () => {
  it('uses the documented thresholds', () => {
    expect(SWIPE_MIN_DISTANCE).toBe(50)
    expect(SWIPE_MAX_DURATION_MS).toBe(800)
  })

  it.each<[string, number, number, number, SwipeDirection | null]>([
    ['quick right-to-left swipe goes forward', -120, 5, 200, 'next'],
    ['quick left-to-right swipe goes back', 120, -5, 200, 'previous'],
    ['exactly the minimum distance counts (forward)', -50, 0, 100, 'next'],
    ['exactly the minimum distance counts (back)', 50, 0, 100, 'previous'],
    ['just under the minimum distance is a tap', -49, 0, 100, null],
    ['no movement is a tap', 0, 0, 50, null],
    ['exactly the maximum duration still counts', -200, 0, 800, 'next'],
    ['slower than the maximum duration is a drag', -200, 0, 801, null],
    ['a very slow long drag is not a swipe', 300, 0, 5000, null],
    ['mostly vertical movement is a scroll', -60, 100, 200, null],
    ['purely vertical movement is a scroll', 0, -300, 200, null],
    ['diagonal at exactly 1.5× horizontal counts', -150, 100, 200, 'next'],
    ['diagonal just under 1.5× horizontal is a scroll', -149, 100, 200, null],
    ['upward diagonal counts the same as downward', 150, -100, 200, 'previous'],
    ['zero-duration gesture (same timestamp) counts', -80, 0, 0, 'next'],
  ])('%s (dx %d, dy %d, %d ms)', (_name, dx, dy, duration, expected) => {
    expect(classifySwipe(dx, dy, duration)).toBe(expected)
  })
})
