import { describe, expect, it, vi } from 'vitest'
import { createDeckController } from './deck-controller.ts'
import type { DeckShape } from './position.ts'

const SHAPE: DeckShape = [0, 2, 1]

describe('createDeckController', () => {
  it('starts at the start, or at a clamped initial position', () => {
    expect(createDeckController(SHAPE).getPosition()).toEqual({ slide: 0, step: 0 })
    expect(createDeckController(SHAPE, { slide: 1, step: 1 }).getPosition()).toEqual({ slide: 1, step: 1 })
    expect(createDeckController(SHAPE, { slide: 50, step: 50 }).getPosition()).toEqual({ slide: 2, step: 1 })
    expect(createDeckController(SHAPE, { slide: -1, step: Number.NaN }).getPosition()).toEqual({ slide: 0, step: 0 })
  })

  it('exposes its shape', () => {
    expect(createDeckController(SHAPE).shape).toBe(SHAPE)
  })

  it.each<[string, (deck: ReturnType<typeof createDeckController>) => void, { slide: number; step: number }]>([
    ['next', (deck) => deck.next(), { slide: 1, step: 1 }],
    ['previous', (deck) => deck.previous(), { slide: 0, step: 0 }],
    ['nextSlide', (deck) => deck.nextSlide(), { slide: 2, step: 0 }],
    ['previousSlide', (deck) => deck.previousSlide(), { slide: 0, step: 0 }],
    ['first', (deck) => deck.first(), { slide: 0, step: 0 }],
    ['last', (deck) => deck.last(), { slide: 2, step: 1 }],
    ['go', (deck) => deck.go({ slide: 2, step: 0 }), { slide: 2, step: 0 }],
  ])('%s moves and notifies every subscriber once', (_name, move, expected) => {
    const deck = createDeckController(SHAPE, { slide: 1, step: 0 })
    const a = vi.fn()
    const b = vi.fn()
    deck.subscribe(a)
    deck.subscribe(b)
    move(deck)
    expect(deck.getPosition()).toEqual(expected)
    expect(a).toHaveBeenCalledTimes(1)
    expect(b).toHaveBeenCalledTimes(1)
  })

  it('subscribers see the new position when notified', () => {
    const deck = createDeckController(SHAPE)
    const seen: unknown[] = []
    deck.subscribe(() => seen.push(deck.getPosition()))
    deck.next()
    deck.next()
    expect(seen).toEqual([{ slide: 1, step: 0 }, { slide: 1, step: 1 }])
  })

  it.each<[string, { slide: number; step: number }, (deck: ReturnType<typeof createDeckController>) => void]>([
    ['next at the end', { slide: 2, step: 1 }, (deck) => deck.next()],
    ['last at the end', { slide: 2, step: 1 }, (deck) => deck.last()],
    ['previous at the start', { slide: 0, step: 0 }, (deck) => deck.previous()],
    ['first at the start', { slide: 0, step: 0 }, (deck) => deck.first()],
    ['go to the current position', { slide: 1, step: 1 }, (deck) => deck.go({ slide: 1, step: 1 })],
    ['go beyond the end while at the end', { slide: 2, step: 1 }, (deck) => deck.go({ slide: 9, step: 9 })],
  ])('%s stays put and notifies nobody', (_name, initial, move) => {
    const deck = createDeckController(SHAPE, initial)
    const listener = vi.fn()
    deck.subscribe(listener)
    move(deck)
    expect(deck.getPosition()).toEqual(initial)
    expect(listener).not.toHaveBeenCalled()
  })

  it('keeps the same position object when staying put (useSyncExternalStore needs a stable snapshot)', () => {
    const deck = createDeckController(SHAPE)
    const before = deck.getPosition()
    deck.previous()
    deck.go({ slide: 0, step: 0 })
    expect(deck.getPosition()).toBe(before)
  })

  it('unsubscribe stops notifications for that listener only', () => {
    const deck = createDeckController(SHAPE)
    const gone = vi.fn()
    const stays = vi.fn()
    const unsubscribe = deck.subscribe(gone)
    deck.subscribe(stays)
    deck.next()
    unsubscribe()
    deck.next()
    deck.next()
    expect(gone).toHaveBeenCalledTimes(1)
    expect(stays).toHaveBeenCalledTimes(3)
  })

  it('unsubscribing twice is harmless', () => {
    const deck = createDeckController(SHAPE)
    const listener = vi.fn()
    const unsubscribe = deck.subscribe(listener)
    unsubscribe()
    expect(() => unsubscribe()).not.toThrow()
    deck.next()
    expect(listener).not.toHaveBeenCalled()
  })

  it.each<[{ slide: number; step: number }, { slide: number; step: number }]>([
    [{ slide: 99, step: 0 }, { slide: 2, step: 0 }],
    [{ slide: 1, step: 99 }, { slide: 1, step: 2 }],
    [{ slide: -4, step: -4 }, { slide: 0, step: 0 }],
    [{ slide: Number.NaN, step: 1 }, { slide: 0, step: 0 }],
  ])('go(%o) clamps to %o', (target, expected) => {
    const deck = createDeckController(SHAPE, { slide: 2, step: 1 })
    deck.go(target)
    expect(deck.getPosition()).toEqual(expected)
  })

  it('walks the whole deck with next and back with previous', () => {
    const deck = createDeckController(SHAPE)
    const listener = vi.fn()
    deck.subscribe(listener)
    for (let i = 0; i < 10; i += 1) deck.next()
    expect(deck.getPosition()).toEqual({ slide: 2, step: 1 })
    expect(listener).toHaveBeenCalledTimes(5) // 6 positions → 5 moves; extra presses do nothing
    for (let i = 0; i < 10; i += 1) deck.previous()
    expect(deck.getPosition()).toEqual({ slide: 0, step: 0 })
    expect(listener).toHaveBeenCalledTimes(10)
  })
})
