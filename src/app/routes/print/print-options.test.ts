import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PRINT_OPTIONS, HANDOUT_KINDS, PER_PAGE, type PrintOptions, formatPrintOptions, handoutOrientation, parsePrintOptions, sheetLayout, sheetsOf,
} from './print-options.ts'

describe('parsePrintOptions / formatPrintOptions', () => {
  it.each<[string, PrintOptions]>([
    ['', DEFAULT_PRINT_OPTIONS],
    ['?kind=slides&per=2&notes=1', { kind: 'slides', per: 2, notes: true }],
    ['?kind=slides&per=4&notes=0', { kind: 'slides', per: 4, notes: false }],
    ['?kind=worksheet', { kind: 'worksheet', per: 1, notes: false }],
    ['?kind=answers&per=4', { kind: 'answers', per: 4, notes: false }],
    ['kind=slides&per=2', { kind: 'slides', per: 2, notes: false }],
  ])('%s', (search, options) => {
    expect(parsePrintOptions(search)).toEqual(options)
  })

  it('falls back to the default for unknown values', () => {
    expect(parsePrintOptions('?kind=poster&per=3&notes=yes')).toEqual(DEFAULT_PRINT_OPTIONS)
    expect(parsePrintOptions('?per=-1&per=2')).toEqual(DEFAULT_PRINT_OPTIONS)
  })

  it('round-trips every slides option', () => {
    fc.assert(fc.property(fc.constantFrom(...PER_PAGE), fc.boolean(), (per, notes) => {
      const options: PrintOptions = { kind: 'slides', per, notes }
      expect(parsePrintOptions(formatPrintOptions(options))).toEqual(options)
    }))
  })

  it('writes only the kind for question sheets', () => {
    expect(formatPrintOptions({ kind: 'worksheet', per: 4, notes: true })).toBe('?kind=worksheet')
    expect(formatPrintOptions({ kind: 'answers', per: 1, notes: false })).toBe('?kind=answers')
  })
})

describe('sheetsOf', () => {
  it.each<[number, 1 | 2 | 4, number[][]]>([
    [0, 1, []],
    [3, 1, [[0], [1], [2]]],
    [5, 2, [[0, 1], [2, 3], [4]]],
    [8, 4, [[0, 1, 2, 3], [4, 5, 6, 7]]],
    [9, 4, [[0, 1, 2, 3], [4, 5, 6, 7], [8]]],
  ])('%i slides, %i per sheet', (count, per, sheets) => {
    expect(sheetsOf(count, per)).toEqual(sheets)
  })

  it('prints every slide once, in order, on ceil(n / per) sheets', () => {
    fc.assert(fc.property(fc.nat({ max: 200 }), fc.constantFrom(...PER_PAGE), (count, per) => {
      const sheets = sheetsOf(count, per)
      expect(sheets).toHaveLength(Math.ceil(count / per))
      expect(sheets.flat()).toEqual(Array.from({ length: count }, (_, index) => index))
      expect(sheets.every((sheet) => sheet.length >= 1 && sheet.length <= per)).toBe(true)
    }))
  })
})

describe('sheetLayout', () => {
  it('has room for exactly `per` slides on every layout', () => {
    for (const per of PER_PAGE) {
      for (const notes of [false, true]) {
        const layout = sheetLayout(per, notes)
        expect(layout.columns * layout.rows).toBe(per)
      }
    }
  })

  it('prints one slide alone on a landscape page and question sheets in portrait', () => {
    expect(handoutOrientation({ kind: 'slides', per: 1, notes: false })).toBe('landscape')
    expect(handoutOrientation({ kind: 'slides', per: 4, notes: false })).toBe('landscape')
    for (const kind of HANDOUT_KINDS.filter((value) => value !== 'slides')) {
      expect(handoutOrientation({ kind, per: 1, notes: false })).toBe('portrait')
    }
  })
})
