import { type DeckShape, type Position, START, clampPosition } from './position.ts'

/**
 * The position in the URL hash, 1-based for people: `#4` is the fourth slide,
 * `#4.2` the fourth slide with two steps revealed. The same hash on the
 * reading page is the id of the slide's section, so the browser scrolls to it.
 */
export function formatPositionHash(position: Position): string {
  return position.step > 0 ? `#${position.slide + 1}.${position.step}` : `#${position.slide + 1}`
}

/** Reads a hash written by formatPositionHash; anything else opens the start. */
export function parsePositionHash(hash: string): Position {
  const match = /^#?(\d{1,6})(?:\.(\d{1,6}))?$/.exec(hash.trim())
  if (!match) return START
  return { slide: Math.max(Number(match[1]) - 1, 0), step: Number(match[2] ?? 0) }
}

export function positionFromHash(hash: string, shape: DeckShape): Position {
  return clampPosition(parsePositionHash(hash), shape)
}
