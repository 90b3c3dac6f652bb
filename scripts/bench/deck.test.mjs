import { describe, expect, it } from 'vitest'
import { phaseDelays } from './deck.mjs'

describe('phaseDelays', () => {
  it('spreads the presses evenly over one frame, each phase once, in an order that repeats per seed', () => {
    const delays = phaseDelays(140, 16.7, 3)
    expect(delays).toHaveLength(140)
    const sorted = [...delays].sort((a, b) => a - b)
    sorted.forEach((delay, index) => expect(delay).toBeCloseTo(((index + 0.5) / 140) * 16.7, 9))
    expect(phaseDelays(140, 16.7, 3)).toEqual(delays)
    expect(phaseDelays(140, 16.7, 4)).not.toEqual(delays)
    // Shuffled: not rising through the frame, which would phase-lock the walk again.
    expect(delays).not.toEqual(sorted)
    const firstHalf = delays.slice(0, 70).reduce((sum, delay) => sum + delay, 0) / 70
    expect(firstHalf).toBeGreaterThan(16.7 * 0.3)
    expect(firstHalf).toBeLessThan(16.7 * 0.7)
  })
})
