import { describe, expect, it } from 'vitest'
import { createNoticeSlice } from './notice-slice.ts'
import { createProfileSlice } from './profile-slice.ts'
import { sliceTestStore } from './slice-test-store.ts'

describe('notice slice', () => {
  it('starts quiet, and a notice once shown can be dismissed', () => {
    const { store } = sliceTestStore(createNoticeSlice)
    expect(store.getState().notice).toBeNull()
    store.setState({ notice: { kind: 'repaired', count: 2 } })
    store.getState().dismissNotice()
    expect(store.getState().notice).toBeNull()
  })
})

describe('profile slice', () => {
  it('starts with no seed (the store draws one when it loads) and nothing set aside', () => {
    expect(createProfileSlice()).toEqual({ seed: '', setAside: [] })
  })
})
