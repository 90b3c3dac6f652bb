import { describe, expect, it } from 'vitest'
import { sliceTestStore } from './slice-test-store.ts'
import { createVisitsSlice } from './visits-slice.ts'

describe('visits slice', () => {
  it('keeps each slide once, sorted, per lesson', () => {
    const { store } = sliceTestStore(createVisitsSlice)
    for (const slide of [3, 0, 3, 1, 0]) store.getState().markVisited('introduccion', slide)
    store.getState().markVisited('tipos', 2)
    expect(store.getState().visits).toEqual({ introduccion: [0, 1, 3], tipos: [2] })
  })

  it('a slide already seen changes nothing, so nothing is saved again', () => {
    const { store } = sliceTestStore(createVisitsSlice)
    store.getState().markVisited('introduccion', 0)
    let changes = 0
    store.subscribe(() => { changes += 1 })
    store.getState().markVisited('introduccion', 0)
    expect(changes).toBe(0)
  })
})
