import { describe, expect, it, vi } from 'vitest'
import { createClassroomStore, toggleRevealed, toggleScreen } from './classroom-state.ts'

describe('classroom state', () => {
  it('toggles revealed answers and the blank screens', () => {
    expect(toggleRevealed([], 'q1')).toEqual(['q1'])
    expect(toggleRevealed(['q1', 'q2'], 'q1')).toEqual(['q2'])
    expect(toggleScreen('normal', 'black')).toBe('black')
    expect(toggleScreen('black', 'black')).toBe('normal')
    expect(toggleScreen('black', 'white')).toBe('white')
    expect(toggleScreen('normal', 'white')).toBe('white')
    expect(toggleScreen('white', 'white')).toBe('normal')
    expect(toggleScreen('white', 'black')).toBe('black')
  })

  it('notifies only on real changes', () => {
    const store = createClassroomStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set({ screen: 'normal' })
    expect(listener).not.toHaveBeenCalled()
    store.set({ screen: 'black' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.get()).toEqual({ presented: false, revealed: [], screen: 'black' })
  })
})
