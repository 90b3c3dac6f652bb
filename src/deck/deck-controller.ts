import {
  type DeckShape,
  type Position,
  START,
  clampPosition,
  firstPosition,
  lastPosition,
  nextPosition,
  nextSlidePosition,
  previousPosition,
  previousSlidePosition,
  samePosition,
} from './position.ts'

/**
 * Holds a deck's position and tells subscribers when it changes. Plain
 * TypeScript: React reads it through useSyncExternalStore, so a move only
 * re-renders the slides whose visibility changed.
 */
export interface DeckController {
  readonly shape: DeckShape
  getPosition(): Position
  subscribe(listener: () => void): () => void
  go(position: Position): void
  next(): void
  previous(): void
  /** Whole slides, skipping steps (↓ / ↑). */
  nextSlide(): void
  previousSlide(): void
  first(): void
  last(): void
}

export function createDeckController(shape: DeckShape, initial: Position = START): DeckController {
  let position = clampPosition(initial, shape)
  const listeners = new Set<() => void>()
  const go = (target: Position) => {
    const clamped = clampPosition(target, shape)
    if (samePosition(clamped, position)) return
    position = clamped
    listeners.forEach((listener) => listener())
  }
  return {
    shape,
    getPosition: () => position,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    go,
    next: () => go(nextPosition(position, shape)),
    previous: () => go(previousPosition(position, shape)),
    nextSlide: () => go(nextSlidePosition(position, shape)),
    previousSlide: () => go(previousSlidePosition(position, shape)),
    first: () => go(firstPosition()),
    last: () => go(lastPosition(shape)),
  }
}
