import { describe, expect, it } from 'vitest'
import v1Text from '../../tests/fixtures/progress/v1-saved-state.json?raw'
import type { QuestionSpec } from '../quiz/model.ts'
import { catalogFrom } from './course-catalog.ts'
import { type ProgressStore, createProgressStore } from './progress-store.ts'
import { PROGRESS_STORAGE_KEY, type ProgressStorage, createLocalProgressStorage } from './progress-storage.ts'
import { PROGRESS_VERSION, type ProgressData } from './progress-types.ts'

/** localStorage stand-in: a Map behind the Storage interface. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value))
  }
}

/** Storage that fails the way browsers do (private mode, full quota, blocked cookies). */
class FailingStorage extends MemoryStorage {
  constructor(private readonly failing: { get?: boolean; set?: boolean }) {
    super()
  }
  override getItem(key: string) {
    if (this.failing.get) throw new DOMException('The operation is insecure.', 'SecurityError')
    return super.getItem(key)
  }
  override setItem(key: string, value: string) {
    if (this.failing.set) throw new DOMException('Quota exceeded', 'QuotaExceededError')
    super.setItem(key, value)
  }
}

const base = { slide: 0, solutionAfter: 2 }
const SPECS: QuestionSpec[] = [
  { ...base, id: 'l1-usos-escenarios', type: 'matching', lefts: ['a', 'b', 'c', 'd', 'e', 'f'], rights: ['Laboratorio de pruebas', 'Otra arquitectura (emulación)', 'Aislamiento de servicios', 'Clúster y sistemas distribuidos', 'Consolidación', 'Instantánea (snapshot)'] },
  { ...base, id: 'l1-ventajas-reales', type: 'multiple', options: ['0', '1', '2', '3', '4', '5'], correct: ['0', '1', '2', '3'] },
  { ...base, id: 'l1-capas-virtualbox', type: 'ordering', items: ['0', '1', '2', '3', '4'] },
  { ...base, id: 'l1-patron-grep', type: 'short', accept: ['(vmx|svm)', 'vmx|svm'], ignoreCase: false },
  { ...base, id: 'l1-auto-inconveniente', assessment: 'l1-autoevaluacion', type: 'single', options: ['0', '1', '2', '3'], correct: '0' },
  { ...base, id: 'l1-auto-fechas', assessment: 'l1-autoevaluacion', type: 'truefalse', answer: false },
]
const TIPOS_SPECS: QuestionSpec[] = [
  { ...base, id: 'l2-hipervisor', type: 'single', options: ['0', '1'], correct: '1' },
  { ...base, id: 'l2-auto-tipo', assessment: 'l2-autoevaluacion', type: 'truefalse', answer: true },
]
const CATALOG = catalogFrom([
  { meta: { id: 'introduccion' }, questions: SPECS },
  { meta: { id: 'tipos' }, questions: TIPOS_SPECS },
])

interface Setup {
  store: ProgressStore
  storage: ProgressStorage
  clock: { now: number }
  seeds: string[]
}

/** Wires the store like src/app/course-progress.ts, with a fake localStorage, clock and seeds. */
function setup(getStorage: () => Storage | undefined, seedName = 'seed'): Setup {
  const storage = createLocalProgressStorage(getStorage)
  const clock = { now: 1_000 }
  const seeds: string[] = []
  const store = createProgressStore({
    catalog: CATALOG,
    storage,
    now: () => clock.now,
    newSeed: () => {
      const seed = `${seedName}-${seeds.length + 1}`
      seeds.push(seed)
      return seed
    },
  })
  return { store, storage, clock, seeds }
}

const saved = (storage: MemoryStorage) => JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY)!) as { state: ProgressData; version: number }

const envelope = (state: unknown, version = PROGRESS_VERSION) => JSON.stringify({ state, version })

describe('progress store: course-wide actions and saving', () => {
  it('markVisited of a slide already seen does not write to storage again', () => {
    const storage = new MemoryStorage()
    const { store } = setup(() => storage)
    store.getState().markVisited('introduccion', 0)
    let writes = 0
    const write = storage.setItem.bind(storage)
    storage.setItem = (key, value) => {
      writes += 1
      write(key, value)
    }
    store.getState().markVisited('introduccion', 0)
    expect(writes).toBe(0)
  })

  it('resetLesson removes only that lesson’s answers, assessments and visits', () => {
    const { store } = setup(() => new MemoryStorage())
    const state = store.getState()
    state.checkAnswer('l1-patron-grep', 'vmx')
    state.checkAnswer('l2-hipervisor', '1')
    state.setAssessmentDraft('l1-autoevaluacion', 'l1-auto-fechas', true)
    state.setAssessmentDraft('l2-autoevaluacion', 'l2-auto-tipo', true)
    state.markVisited('introduccion', 2)
    state.markVisited('tipos', 1)
    const seed = store.getState().seed
    state.resetLesson('introduccion')
    const after = store.getState()
    expect(Object.keys(after.answers)).toEqual(['l2-hipervisor'])
    expect(Object.keys(after.assessments)).toEqual(['l2-autoevaluacion'])
    expect(after.visits).toEqual({ tipos: [1] })
    expect(after.seed).toBe(seed)
  })

  it('replaceProgress takes the imported data but keeps the seed when the import has none', () => {
    const { store } = setup(() => new MemoryStorage())
    const seed = store.getState().seed
    store.getState().replaceProgress({ seed: '', answers: {}, assessments: {}, visits: { tipos: [0] }, setAside: [] })
    expect(store.getState().visits).toEqual({ tipos: [0] })
    expect(store.getState().seed).toBe(seed)
    store.getState().replaceProgress({ seed: 'imported', answers: {}, assessments: {}, visits: {}, setAside: [] })
    expect(store.getState().seed).toBe('imported')
  })
})

describe('progress store persistence', () => {
  it('a second store on the same storage reads back what the first saved', () => {
    const storage = new MemoryStorage()
    const first = setup(() => storage).store
    first.getState().checkAnswer('l1-ventajas-reales', ['0', '2'])
    first.getState().showSolution('l1-ventajas-reales')
    first.getState().setAssessmentDraft('l1-autoevaluacion', 'l1-auto-fechas', false)
    first.getState().submitAssessment('l1-autoevaluacion')
    first.getState().setAssessmentDraft('l1-autoevaluacion', 'l1-auto-inconveniente', '3')
    first.getState().markVisited('introduccion', 4)

    const second = setup(() => storage, 'other').store
    const pick = ({ seed, answers, assessments, visits, setAside }: ProgressData) => ({ seed, answers, assessments, visits, setAside })
    expect(pick(second.getState())).toEqual(pick(first.getState()))
    expect(second.getState().notice).toBeNull()
  })

  it('saves a versioned envelope with the data only (no notice, no actions)', () => {
    const storage = new MemoryStorage()
    const { store } = setup(() => storage)
    store.getState().markVisited('tipos', 0)
    const { state, version } = saved(storage)
    expect(version).toBe(PROGRESS_VERSION)
    expect(Object.keys(state).sort()).toEqual(['answers', 'assessments', 'seed', 'setAside', 'visits'])
  })

  it('with no saved data: gets a seed and saves it, so option order is stable across reloads', () => {
    const storage = new MemoryStorage()
    const first = setup(() => storage)
    expect(first.store.getState().seed).toBe('seed-1')
    expect(saved(storage).state.seed).toBe('seed-1')
    expect(first.store.getState().notice).toBeNull()

    const reload = setup(() => storage, 'reload')
    expect(reload.store.getState().seed).toBe('seed-1')
    expect(reload.seeds).toEqual([]) // no new seed drawn
  })

  it('corrupted JSON: the store works, says it repaired, and keeps the raw text', () => {
    const storage = new MemoryStorage()
    const raw = '{"state":{"answers":{"l1-patron-grep":{"response":"vmx|sv'
    storage.setItem(PROGRESS_STORAGE_KEY, raw)
    const { store, storage: kept } = setup(() => storage)
    expect(kept.memoryOnly()).toBe(false)
    expect(store.getState().notice).toEqual({ kind: 'repaired', count: 1 })
    expect(store.getState().setAside).toEqual([expect.objectContaining({ where: 'unreadableText', value: raw })])
    expect(store.getState().seed).toBe('seed-1')

    store.getState().checkAnswer('l1-patron-grep', 'vmx|svm')
    expect(store.getState().answers['l1-patron-grep']!.checks).toBe(1)

    // The raw text survives the next reload, now inside valid progress.
    const reload = setup(() => storage).store
    expect(reload.getState().notice).toBeNull()
    expect(reload.getState().setAside).toEqual([expect.objectContaining({ where: 'unreadableText', value: raw })])
    expect(reload.getState().answers['l1-patron-grep']!.response).toBe('vmx|svm')
  })

  it('saved answers to unknown questions are set aside, counted in the notice, and the notice can be dismissed', () => {
    const storage = new MemoryStorage()
    const stale = { response: 'x', checks: 1, firstCheckedAt: 1, lastCheckedAt: 1 }
    const good = { response: '0', checks: 2, firstCheckedAt: 1, lastCheckedAt: 2 }
    storage.setItem(PROGRESS_STORAGE_KEY, envelope({ seed: 's', answers: { 'l1-auto-inconveniente': good, borrada: stale }, assessments: {}, visits: {}, setAside: [] }))
    const { store } = setup(() => storage)
    expect(store.getState().notice).toEqual({ kind: 'repaired', count: 1 })
    expect(store.getState().answers).toEqual({ 'l1-auto-inconveniente': good })
    expect(store.getState().setAside).toEqual([expect.objectContaining({ where: 'answers.borrada', value: stale })])
    expect(saved(storage).state.setAside).toHaveLength(1)
    store.getState().dismissNotice()
    expect(store.getState().notice).toBeNull()
  })

  it.each<[string, unknown]>([
    ['a string', 'progreso'],
    ['a list', [{ id: 'l1-patron-grep' }]],
  ])('a saved envelope whose state is %s: repaired notice and the value kept in setAside', (_name, state) => {
    const storage = new MemoryStorage()
    storage.setItem(PROGRESS_STORAGE_KEY, envelope(state))
    const { store } = setup(() => storage)
    expect(store.getState().notice).toEqual({ kind: 'repaired', count: 1 })
    expect(store.getState().setAside).toEqual([expect.objectContaining({ where: 'progreso', value: state })])
    expect(saved(storage).state.setAside).toEqual([expect.objectContaining({ value: state })])
  })

  it('JSON of another app (no envelope) is set aside as foreign data', () => {
    const storage = new MemoryStorage()
    storage.setItem(PROGRESS_STORAGE_KEY, '[1,2,3]')
    const { store } = setup(() => storage)
    expect(store.getState().notice).toEqual({ kind: 'repaired', count: 1 })
    expect(store.getState().setAside).toEqual([expect.objectContaining({ where: 'foreignData', value: [1, 2, 3] })])
  })

  it.each<[string, () => Storage | undefined]>([
    ['setItem throws (quota, private mode)', () => new FailingStorage({ set: true })],
    ['getItem throws', () => new FailingStorage({ get: true })],
    ['getItem and setItem throw', () => new FailingStorage({ get: true, set: true })],
    ['localStorage itself throws (blocked cookies)', () => {
      throw new DOMException('Access denied', 'SecurityError')
    }],
    ['there is no localStorage', () => undefined],
  ])('storage unusable (%s): memory-only notice and actions still work', (_name, getStorage) => {
    const { store, storage } = setup(getStorage)
    expect(storage.memoryOnly()).toBe(true)
    expect(store.getState().notice).toEqual({ kind: 'memory-only' })
    expect(store.getState().seed).toBe('seed-1')
    store.getState().checkAnswer('l1-auto-fechas', false)
    store.getState().checkAnswer('l1-auto-fechas', true)
    store.getState().markVisited('introduccion', 1)
    expect(store.getState().answers['l1-auto-fechas']).toMatchObject({ response: true, checks: 2 })
    expect(store.getState().visits).toEqual({ introduccion: [1] })
  })

  it('storage that starts failing while in use: memory-only from then on, state kept', async () => {
    const storage = new FailingStorage({})
    const { store } = setup(() => storage)
    store.getState().markVisited('tipos', 0)
    ;(storage as unknown as { failing: { set: boolean } }).failing.set = true
    store.getState().markVisited('tipos', 1)
    expect(store.getState().visits).toEqual({ tipos: [0, 1] })
    await store.persist.rehydrate()
    expect(store.getState().notice).toEqual({ kind: 'memory-only' })
    expect(store.getState().visits).toEqual({ tipos: [0, 1] })
  })

  it('an old version-1 envelope is migrated on load and saved back as the current version', () => {
    const storage = new MemoryStorage()
    storage.setItem(PROGRESS_STORAGE_KEY, v1Text)
    const { store } = setup(() => storage)
    const state = store.getState()
    expect(state.notice).toBeNull()
    expect(Object.keys(state.answers).sort()).toEqual([
      'l1-auto-fechas',
      'l1-auto-inconveniente',
      'l1-capas-virtualbox',
      'l1-patron-grep',
      'l1-usos-escenarios',
      'l1-ventajas-reales',
    ])
    expect(state.answers['l1-ventajas-reales']).toEqual({
      response: ['0', '2', '3', '5'],
      checks: 3,
      firstCheckedAt: 1727693530112,
      lastCheckedAt: 1727693530112,
    })
    expect(state.visits).toEqual({ introduccion: [0, 1, 2, 3], tipos: [0] })
    expect(state.setAside).toEqual([])
    expect(state.seed).toBe('seed-1') // v1 had no seed: one is drawn…
    const { state: written, version } = saved(storage)
    expect(version).toBe(PROGRESS_VERSION) // …and everything saved in the new format
    expect(written.seed).toBe('seed-1')
    expect(written.answers).toEqual(state.answers)

    // New checks build on the migrated record.
    store.getState().checkAnswer('l1-ventajas-reales', ['0', '1', '2', '3'])
    expect(store.getState().answers['l1-ventajas-reales']).toMatchObject({ checks: 4, firstCheckedAt: 1727693530112 })
  })

  it('is hydrated as soon as it is created', () => {
    expect(setup(() => new MemoryStorage()).store.persist.hasHydrated()).toBe(true)
  })
})
