import { describe, expect, it } from 'vitest'
import savedByTheBrowser from '../fixtures/progress/v2-browser-2026-12-06.json'
import { LESSONS } from '../../src/lessons/registry.ts'
import { catalogFrom } from '../../src/store/course-catalog.ts'
import { createProgressStore } from '../../src/store/progress-store.ts'
import { PROGRESS_STORAGE_KEY, createMemoryProgressStorage } from '../../src/store/progress-storage.ts'
import { toProgressData } from '../../src/store/progress-types.ts'

/*
 * Nothing lost: progress saved by an earlier build in a student's browser
 * (answers of the six types, one with its solution shown, a submitted and a
 * draft self-assessment, slides seen, the shuffle seed) loads unchanged into
 * today's store, against today's course.
 */
const text = JSON.stringify(savedByTheBrowser.localStorage[PROGRESS_STORAGE_KEY])
const progressCatalog = catalogFrom(LESSONS)
const saved = savedByTheBrowser.localStorage[PROGRESS_STORAGE_KEY].state

function load(storage = createMemoryProgressStorage(text)) {
  const store = createProgressStore({ catalog: progressCatalog, storage, newSeed: () => 'a-new-seed' })
  return { store, storage }
}

describe('progress saved by the 2026-12-06 build', () => {
  it('covers what the store keeps: six question types, both kinds of self-assessment record, visits and a seed', () => {
    const types = Object.keys(saved.answers).map((id) => progressCatalog.questions.get(id)?.type)
    expect(new Set(types)).toEqual(new Set(['matching', 'multiple', 'ordering', 'short', 'truefalse', 'single']))
    expect(Object.values(saved.answers).some((answer) => 'solutionShownAt' in answer)).toBe(true)
    expect(Object.values(saved.assessments).map((record) => [Object.keys(record.draft).length > 0, record.submissions.length])).toEqual([[true, 0], [false, 1]])
    expect(saved.seed).not.toBe('')
  })

  it('loads unchanged: every field, no notice, nothing set aside, nothing rewritten', () => {
    const { store, storage } = load()
    expect(toProgressData(store.getState())).toEqual(saved)
    expect(store.getState().notice).toBeNull()
    expect(storage.saved()).toBe(text)
  })

  it('survives a reload after a new answer, keeping everything it had', () => {
    const storage = createMemoryProgressStorage(text)
    load(storage).store.getState().markVisited('qemu-kvm', 0)
    const reloaded = load(storage).store.getState()
    expect(toProgressData(reloaded)).toEqual({ ...saved, visits: { ...saved.visits, 'qemu-kvm': [0] } })
  })
})
