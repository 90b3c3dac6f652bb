/** Where a deck is: a slide index (0-based) and how many of its reveal steps are shown. */
export interface Position {
  slide: number
  step: number
}

/** Reveal steps per slide, counted at build time; its length is the slide count. */
export type DeckShape = readonly number[]

export const START: Position = { slide: 0, step: 0 }

function stepsOf(shape: DeckShape, slide: number): number {
  return shape[slide] ?? 0
}

/** Brings any position inside the deck: never throws, whatever the input. */
export function clampPosition(position: Position, shape: DeckShape): Position {
  if (shape.length === 0) return START
  const slide = Number.isFinite(position.slide) ? Math.min(Math.max(Math.trunc(position.slide), 0), shape.length - 1) : 0
  const step = Number.isFinite(position.step) ? Math.min(Math.max(Math.trunc(position.step), 0), stepsOf(shape, slide)) : 0
  return { slide, step }
}

/** Next reveal step, or the next slide with nothing revealed; stays put at the very end. */
export function nextPosition(position: Position, shape: DeckShape): Position {
  const { slide, step } = clampPosition(position, shape)
  if (step < stepsOf(shape, slide)) return { slide, step: step + 1 }
  if (slide < shape.length - 1) return { slide: slide + 1, step: 0 }
  return { slide, step }
}

/** Previous reveal step, or the previous slide fully revealed; stays put at the start. */
export function previousPosition(position: Position, shape: DeckShape): Position {
  const { slide, step } = clampPosition(position, shape)
  if (step > 0) return { slide, step: step - 1 }
  if (slide > 0) return { slide: slide - 1, step: stepsOf(shape, slide - 1) }
  return { slide, step }
}

/** The start of the next slide, skipping what is left of this one's steps; stays put on the last slide. */
export function nextSlidePosition(position: Position, shape: DeckShape): Position {
  const { slide, step } = clampPosition(position, shape)
  return slide < shape.length - 1 ? { slide: slide + 1, step: 0 } : { slide, step }
}

/** The start of the previous slide; stays put on the first slide. */
export function previousSlidePosition(position: Position, shape: DeckShape): Position {
  const { slide, step } = clampPosition(position, shape)
  return slide > 0 ? { slide: slide - 1, step: 0 } : { slide, step }
}

export function firstPosition(): Position {
  return START
}

/** The last slide with every step revealed. */
export function lastPosition(shape: DeckShape): Position {
  if (shape.length === 0) return START
  return { slide: shape.length - 1, step: stepsOf(shape, shape.length - 1) }
}

/** A slide by index with nothing revealed yet (clamped). */
export function slidePosition(slide: number, shape: DeckShape): Position {
  return clampPosition({ slide, step: 0 }, shape)
}

export function samePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.step === b.step
}

/** Fraction of the deck shown, counting every step, from 0 at the start to 1 at the end. */
export function deckProgress(position: Position, shape: DeckShape): number {
  const total = shape.reduce((sum, steps) => sum + steps + 1, 0) - 1
  if (total <= 0) return 1
  const { slide, step } = clampPosition(position, shape)
  const done = shape.slice(0, slide).reduce((sum, steps) => sum + steps + 1, 0) + step
  return done / total
}
