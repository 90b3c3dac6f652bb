import { describe, expect, it } from 'vitest'
import { parseReadingPosition, positionAtTop } from './reading-position.ts'

describe('parseReadingPosition', () => {
  it.each([
    ['{"slide":4,"offset":120}', { slide: 4, offset: 120 }],
    ['{"slide":0,"offset":0}', { slide: 0, offset: 0 }],
  ])('reads %s', (text, position) => {
    expect(parseReadingPosition(text)).toEqual(position)
  })

  it.each([null, '', 'not json', '[]', '{"slide":-1,"offset":0}', '{"slide":1.5,"offset":0}', '{"slide":2}', '{"slide":2,"offset":"10"}', '{"slide":2,"offset":-3}'])(
    'ignores %j',
    (text) => {
      expect(parseReadingPosition(text)).toBeNull()
    },
  )
})

describe('positionAtTop', () => {
  it('is the first slide still showing at the top, and how far the window is into it', () => {
    expect(positionAtTop([
      { index: 0, top: -900, bottom: -100 },
      { index: 1, top: -100, bottom: 500 },
      { index: 2, top: 500, bottom: 1200 },
    ])).toEqual({ slide: 1, offset: 100 })
  })

  it('a slide starting below the top edge has offset 0', () => {
    expect(positionAtTop([{ index: 0, top: 40, bottom: 600 }])).toEqual({ slide: 0, offset: 0 })
  })

  it('nothing on screen → null', () => {
    expect(positionAtTop([{ index: 0, top: -900, bottom: -10 }])).toBeNull()
    expect(positionAtTop([])).toBeNull()
  })
})
