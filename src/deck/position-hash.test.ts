import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DeckShape, type Position, START, clampPosition } from './position.ts'
import { formatPositionHash, parsePositionHash, positionFromHash } from './position-hash.ts'

const SHAPE: DeckShape = [0, 2, 1, 0, 3]

describe('formatPositionHash / parsePositionHash', () => {
  it.each<[Position, string]>([
    [{ slide: 0, step: 0 }, '#1'],
    [{ slide: 3, step: 0 }, '#4'],
    [{ slide: 3, step: 2 }, '#4.2'],
    [{ slide: 9, step: 1 }, '#10.1'],
    [{ slide: 0, step: 12 }, '#1.12'],
  ])('%o ↔ %s', (position, hash) => {
    expect(formatPositionHash(position)).toBe(hash)
    expect(parsePositionHash(hash)).toEqual(position)
  })

  it('round-trips any position a deck can have', () => {
    fc.assert(
      fc.property(fc.nat({ max: 99_999 }), fc.nat({ max: 99_999 }), (slide, step) => {
        const position = { slide, step }
        expect(parsePositionHash(formatPositionHash(position))).toEqual(position)
      }),
      { numRuns: 500 },
    )
  })

  it('accepts a hash without # and with surrounding spaces', () => {
    expect(parsePositionHash('4.2')).toEqual({ slide: 3, step: 2 })
    expect(parsePositionHash('  #4  ')).toEqual({ slide: 3, step: 0 })
  })

  it('reads #0 as the first slide', () => {
    expect(parsePositionHash('#0')).toEqual(START)
  })

  it.each([
    '',
    '#',
    '#abc',
    '#-1',
    '#4.',
    '#.2',
    '#4.2.1',
    '#4,2',
    '#1e3',
    '#0x10',
    '#4 2',
    '#seccion-2',
    '#1234567', // more than six digits
    '#4.1234567',
  ])('garbage hash %j opens the start', (hash) => {
    expect(parsePositionHash(hash)).toEqual(START)
  })

  it('never throws and always gives a non-negative integer position for any string', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const { slide, step } = parsePositionHash(hash)
        expect(Number.isInteger(slide) && slide >= 0).toBe(true)
        expect(Number.isInteger(step) && step >= 0).toBe(true)
      }),
    )
  })
})

describe('positionFromHash', () => {
  it.each<[string, Position]>([
    ['#4', { slide: 3, step: 0 }],
    ['#2.2', { slide: 1, step: 2 }],
    ['#999', { slide: 4, step: 0 }], // beyond the last slide → last slide
    ['#999.2', { slide: 4, step: 2 }],
    ['#2.9', { slide: 1, step: 2 }], // more steps than the slide has → all revealed
    ['#4.1', { slide: 3, step: 0 }], // slide without steps
    ['#nope', START],
  ])('%s on a 5-slide deck → %o', (hash, expected) => {
    expect(positionFromHash(hash, SHAPE)).toEqual(expected)
  })

  it('always lands inside the deck', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2000 }), fc.nat({ max: 50 }), (slide, step) => {
        const position = positionFromHash(`#${slide}.${step}`, SHAPE)
        expect(clampPosition(position, SHAPE)).toEqual(position)
      }),
    )
  })

  it('an empty deck always opens the start', () => {
    expect(positionFromHash('#3.1', [])).toEqual(START)
  })
})
