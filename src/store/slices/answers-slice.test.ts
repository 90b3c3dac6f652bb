import { describe, expect, it } from 'vitest'
import { createAnswersSlice } from './answers-slice.ts'
import { sliceTestStore } from './slice-test-store.ts'

const answersStore = () => sliceTestStore(createAnswersSlice)

describe('answers slice', () => {
  it('starts with no answers', () => {
    expect(answersStore().store.getState().answers).toEqual({})
  })

  it('checkAnswer saves the last response, counts checks and keeps the first check time', () => {
    const { store, clock } = answersStore()
    store.getState().checkAnswer('l1-patron-grep', 'vmx')
    clock.now = 5_000
    store.getState().checkAnswer('l1-patron-grep', 'vmx|svm')
    clock.now = 9_000
    store.getState().checkAnswer('l1-patron-grep', '(vmx|svm)')
    expect(store.getState().answers['l1-patron-grep']).toEqual({
      response: '(vmx|svm)',
      checks: 3,
      firstCheckedAt: 1_000,
      lastCheckedAt: 9_000,
    })
  })

  it('checks of different questions are counted separately', () => {
    const { store } = answersStore()
    store.getState().checkAnswer('l1-ventajas-reales', ['0'])
    store.getState().checkAnswer('l1-ventajas-reales', ['0', '1'])
    store.getState().checkAnswer('l1-capas-virtualbox', ['0', '1', '2', '3', '4'])
    expect(store.getState().answers['l1-ventajas-reales']!.checks).toBe(2)
    expect(store.getState().answers['l1-capas-virtualbox']!.checks).toBe(1)
  })

  it('showSolution marks the time once; later checks keep the mark', () => {
    const { store, clock } = answersStore()
    store.getState().checkAnswer('l1-ventajas-reales', ['4'])
    clock.now = 2_000
    store.getState().showSolution('l1-ventajas-reales')
    clock.now = 3_000
    store.getState().showSolution('l1-ventajas-reales')
    store.getState().checkAnswer('l1-ventajas-reales', ['0', '1', '2', '3'])
    expect(store.getState().answers['l1-ventajas-reales']).toEqual({
      response: ['0', '1', '2', '3'],
      checks: 2,
      firstCheckedAt: 1_000,
      lastCheckedAt: 3_000,
      solutionShownAt: 2_000,
    })
  })

  it('showSolution on a question never checked changes nothing', () => {
    const { store } = answersStore()
    const before = store.getState().answers
    store.getState().showSolution('l1-patron-grep')
    expect(store.getState().answers).toBe(before)
  })
})
