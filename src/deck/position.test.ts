import { describe, expect, it } from 'vitest'
import {
  type DeckShape,
  type Position,
  START,
  clampPosition,
  deckProgress,
  firstPosition,
  lastPosition,
  nextPosition,
  nextSlidePosition,
  previousPosition,
  previousSlidePosition,
  samePosition,
  slidePosition,
} from './position.ts'

/** Five slides: no steps, two steps, one step, no steps, three steps. */
const SHAPE: DeckShape = [0, 2, 1, 0, 3]

const at = (slide: number, step = 0): Position => ({ slide, step })

/** Every position of a deck in reading order. */
function allPositions(shape: DeckShape): Position[] {
  return shape.flatMap((steps, slide) => Array.from({ length: steps + 1 }, (_, step) => at(slide, step)))
}

describe('clampPosition', () => {
  it.each<[string, Position, Position]>([
    ['a valid position is kept', at(2, 1), at(2, 1)],
    ['the start is kept', at(0, 0), at(0, 0)],
    ['negative slide goes to the first slide', at(-3, 0), at(0, 0)],
    ['negative step goes to step 0', at(1, -2), at(1, 0)],
    ['slide beyond the end goes to the last slide', at(99, 0), at(4, 0)],
    ['slide beyond the end keeps a step that fits the last slide', at(99, 2), at(4, 2)],
    ['step beyond the slide’s steps is cut to its last step', at(1, 7), at(1, 2)],
    ['any step on a slide without steps is 0', at(3, 5), at(3, 0)],
    ['NaN slide goes to the first slide', at(Number.NaN, 1), at(0, 0)],
    ['NaN step goes to step 0', at(2, Number.NaN), at(2, 0)],
    ['Infinity slide goes to the first slide', at(Number.POSITIVE_INFINITY, 0), at(0, 0)],
    ['-Infinity step goes to step 0', at(4, Number.NEGATIVE_INFINITY), at(4, 0)],
    ['fractional slide and step are truncated', at(1.9, 1.7), at(1, 1)],
  ])('%s', (_name, input, expected) => {
    expect(clampPosition(input, SHAPE)).toEqual(expected)
  })

  it.each<Position>([at(0, 0), at(3, 2), at(-1, -1), at(Number.NaN, Number.NaN)])(
    'an empty deck always gives the start (%o)',
    (input) => {
      expect(clampPosition(input, [])).toEqual(START)
    },
  )

  it('a one-slide deck with no steps has one position', () => {
    expect(clampPosition(at(5, 5), [0])).toEqual(at(0, 0))
  })
})

describe('nextSlidePosition and previousSlidePosition (whole slides)', () => {
  it.each<[Position, Position]>([
    [at(0, 0), at(1, 0)],
    [at(1, 0), at(2, 0)], // the steps of slide 1 are skipped
    [at(1, 1), at(2, 0)],
    [at(3, 0), at(4, 0)],
    [at(4, 1), at(4, 1)], // the last slide stays put, steps included
    [at(99, 99), at(4, 3)],
  ])('next slide from %o is %o', (from, to) => {
    expect(nextSlidePosition(from, SHAPE)).toEqual(to)
  })

  it.each<[Position, Position]>([
    [at(4, 3), at(3, 0)],
    [at(2, 1), at(1, 0)], // the start of the previous slide, nothing revealed
    [at(1, 2), at(0, 0)],
    [at(0, 0), at(0, 0)],
    [at(-5, 0), at(0, 0)],
  ])('previous slide from %o is %o', (from, to) => {
    expect(previousSlidePosition(from, SHAPE)).toEqual(to)
  })

  it('visits every slide once, each at its start, in slide-count − 1 moves', () => {
    const visited = [START]
    while (visited.length < SHAPE.length + 2) visited.push(nextSlidePosition(visited.at(-1)!, SHAPE))
    expect(visited.slice(0, SHAPE.length)).toEqual(SHAPE.map((_, slide) => at(slide, 0)))
    expect(visited.at(-1)).toEqual(at(4, 0))
  })
})

describe('nextPosition', () => {
  it.each<[Position, Position]>([
    [at(0, 0), at(1, 0)], // slide without steps → next slide
    [at(1, 0), at(1, 1)], // reveal a step
    [at(1, 1), at(1, 2)],
    [at(1, 2), at(2, 0)], // all revealed → next slide with nothing revealed
    [at(2, 1), at(3, 0)],
    [at(3, 0), at(4, 0)],
    [at(4, 2), at(4, 3)],
  ])('from %o goes to %o', (from, to) => {
    expect(nextPosition(from, SHAPE)).toEqual(to)
  })

  it('stays put at the very end', () => {
    expect(nextPosition(at(4, 3), SHAPE)).toEqual(at(4, 3))
  })

  it('clamps an out-of-range position before moving', () => {
    expect(nextPosition(at(1, 99), SHAPE)).toEqual(at(2, 0))
    expect(nextPosition(at(99, 99), SHAPE)).toEqual(at(4, 3))
  })

  it('an empty deck stays at the start', () => {
    expect(nextPosition(START, [])).toEqual(START)
  })
})

describe('previousPosition', () => {
  it.each<[Position, Position]>([
    [at(1, 2), at(1, 1)], // hide a step
    [at(1, 1), at(1, 0)],
    [at(1, 0), at(0, 0)], // previous slide has no steps
    [at(2, 0), at(1, 2)], // previous slide fully revealed
    [at(3, 0), at(2, 1)],
    [at(4, 0), at(3, 0)],
    [at(4, 3), at(4, 2)],
  ])('from %o goes to %o', (from, to) => {
    expect(previousPosition(from, SHAPE)).toEqual(to)
  })

  it('stays put at the start', () => {
    expect(previousPosition(at(0, 0), SHAPE)).toEqual(at(0, 0))
  })

  it('walking back from the end visits every position in reverse order', () => {
    const expected = allPositions(SHAPE).reverse()
    const visited: Position[] = [lastPosition(SHAPE)]
    for (let i = 1; i < expected.length; i += 1) visited.push(previousPosition(visited[i - 1]!, SHAPE))
    expect(visited).toEqual(expected)
  })

  it('is the inverse of next everywhere except the ends', () => {
    for (const position of allPositions(SHAPE)) {
      if (!samePosition(position, lastPosition(SHAPE))) {
        expect(previousPosition(nextPosition(position, SHAPE), SHAPE)).toEqual(position)
      }
      if (!samePosition(position, START)) {
        expect(nextPosition(previousPosition(position, SHAPE), SHAPE)).toEqual(position)
      }
    }
  })
})

describe('firstPosition, lastPosition and slidePosition', () => {
  it.each<[string, DeckShape, Position]>([
    ['last slide fully revealed', SHAPE, at(4, 3)],
    ['last slide without steps', [2, 0], at(1, 0)],
    ['one slide with steps', [4], at(0, 4)],
    ['empty deck', [], START],
  ])('lastPosition: %s', (_name, shape, expected) => {
    expect(lastPosition(shape)).toEqual(expected)
  })

  it('firstPosition is the start', () => {
    expect(firstPosition()).toEqual(at(0, 0))
  })

  it('slidePosition opens a slide with nothing revealed, clamped', () => {
    expect(slidePosition(1, SHAPE)).toEqual(at(1, 0))
    expect(slidePosition(42, SHAPE)).toEqual(at(4, 0))
    expect(slidePosition(-1, SHAPE)).toEqual(at(0, 0))
  })
})

describe('deckProgress', () => {
  it('is 0 at the start and 1 at the end', () => {
    expect(deckProgress(START, SHAPE)).toBe(0)
    expect(deckProgress(lastPosition(SHAPE), SHAPE)).toBe(1)
  })

  it('grows strictly with every press of next over a full walk, from 0 to 1', () => {
    const progress: number[] = []
    let position = START
    for (;;) {
      progress.push(deckProgress(position, SHAPE))
      const next = nextPosition(position, SHAPE)
      if (samePosition(next, position)) break
      position = next
    }
    expect(progress).toHaveLength(allPositions(SHAPE).length)
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(1)
    for (let i = 1; i < progress.length; i += 1) expect(progress[i]!).toBeGreaterThan(progress[i - 1]!)
  })

  it('counts every step as one move', () => {
    // [0, 1, 0] has 4 positions, so 3 moves from start to end.
    expect(deckProgress(at(1, 0), [0, 1, 0])).toBeCloseTo(1 / 3)
    expect(deckProgress(at(1, 1), [0, 1, 0])).toBeCloseTo(2 / 3)
    expect(deckProgress(at(1, 0), [0, 0, 0])).toBe(0.5)
  })

  it('clamps out-of-range positions', () => {
    expect(deckProgress(at(99, 99), SHAPE)).toBe(1)
    expect(deckProgress(at(-5, 0), SHAPE)).toBe(0)
  })

  it.each<[string, DeckShape]>([
    ['a single slide with no steps', [0]],
    ['an empty deck', []],
  ])('is 1 for %s (nothing left to show)', (_name, shape) => {
    expect(deckProgress(START, shape)).toBe(1)
  })
})
