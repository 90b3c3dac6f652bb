import { describe, expect, it } from 'vitest'
import v1Envelope from '../../tests/fixtures/progress/v1-saved-state.json'
import { LESSONS } from '../lessons/registry.ts'
import type { QuestionSpec } from '../quiz/model.ts'
import { migrateProgress } from './migrations.ts'
import { catalogFrom } from './course-catalog.ts'
import { PROGRESS_VERSION, type ProgressData } from './progress-types.ts'
import { type Catalog, repairProgress } from './repair.ts'

const base = { slide: 0, solutionAfter: 2 }

/** The answer keys of the lesson-1 questions the fixture answers, as the build exports them. */
const LESSON_1_SPECS: QuestionSpec[] = [
  {
    ...base,
    id: 'l1-usos-escenarios',
    type: 'matching',
    lefts: ['Probar', 'Ejecutar', 'Poner', 'Montar', 'Pasar', 'Guardar'],
    rights: ['Laboratorio de pruebas', 'Otra arquitectura (emulación)', 'Aislamiento de servicios', 'Clúster y sistemas distribuidos', 'Consolidación', 'Instantánea (snapshot)'],
  },
  { ...base, id: 'l1-ventajas-reales', type: 'multiple', options: ['0', '1', '2', '3', '4', '5'], correct: ['0', '1', '2', '3'] },
  { ...base, id: 'l1-capas-virtualbox', type: 'ordering', items: ['0', '1', '2', '3', '4'] },
  { ...base, id: 'l1-patron-grep', type: 'short', accept: ['(vmx|svm)', 'vmx|svm', '(svm|vmx)', 'svm|vmx'], ignoreCase: false },
  { ...base, id: 'l1-auto-inconveniente', assessment: 'l1-autoevaluacion', type: 'single', options: ['0', '1', '2', '3'], correct: '0' },
  { ...base, id: 'l1-auto-fechas', assessment: 'l1-autoevaluacion', type: 'truefalse', answer: false },
]

const CATALOG: Catalog = catalogFrom([
  { meta: { id: 'introduccion' }, questions: LESSON_1_SPECS },
  { meta: { id: 'tipos' }, questions: [] },
])

const v1State = v1Envelope.state

describe('migrateProgress from version 1 (the saved fixture)', () => {
  it('the fixture is a version-1 envelope, older than the current version', () => {
    expect(v1Envelope.version).toBe(1)
    expect(PROGRESS_VERSION).toBeGreaterThan(1)
  })

  it('gives the version-2 shape: checks = tries, first and last check = at, visited slides listed', () => {
    expect(migrateProgress(v1State, 1)).toEqual({
      seed: '',
      answers: {
        'l1-usos-escenarios': {
          response: v1State.answers['l1-usos-escenarios'].value,
          checks: 2,
          firstCheckedAt: 1727693412345,
          lastCheckedAt: 1727693412345,
        },
        'l1-ventajas-reales': { response: ['0', '2', '3', '5'], checks: 3, firstCheckedAt: 1727693530112, lastCheckedAt: 1727693530112 },
        'l1-capas-virtualbox': { response: ['0', '1', '2', '3', '4'], checks: 1, firstCheckedAt: 1727693698004, lastCheckedAt: 1727693698004 },
        'l1-patron-grep': { response: 'vmx|svm', checks: 1, firstCheckedAt: 1727693811950, lastCheckedAt: 1727693811950 },
        'l1-auto-inconveniente': { response: '0', checks: 1, firstCheckedAt: 1727694020777, lastCheckedAt: 1727694020777 },
        'l1-auto-fechas': { response: true, checks: 1, firstCheckedAt: 1727694051203, lastCheckedAt: 1727694051203 },
      },
      assessments: {},
      visits: { introduccion: [0, 1, 2, 3], tipos: [0] },
      setAside: [],
    })
  })

  it('does not change its input', () => {
    const copy = structuredClone(v1State)
    migrateProgress(v1State, 1)
    expect(v1State).toEqual(copy)
  })

  it('repairing the migrated state keeps every answer and visit (nothing set aside)', () => {
    const migrated = migrateProgress(v1State, 1) as ProgressData
    const { data, setAsideCount } = repairProgress(migrated, CATALOG, 1_800_000_000_000)
    expect(setAsideCount).toBe(0)
    expect(data.setAside).toEqual([])
    expect(data.answers).toEqual(migrated.answers)
    expect(Object.keys(data.answers).sort()).toEqual(Object.keys(v1State.answers).sort())
    expect(data.visits).toEqual({ introduccion: [0, 1, 2, 3], tipos: [0] })
  })

  it('the fixture still fits the real lesson 1: every answer is kept with the course catalog', () => {
    const { data, setAsideCount } = repairProgress(migrateProgress(v1State, 1), catalogFrom(LESSONS))
    expect(data.setAside).toEqual([])
    expect(setAsideCount).toBe(0)
    expect(Object.keys(data.answers).sort()).toEqual(Object.keys(v1State.answers).sort())
  })
})

describe('migrateProgress edge cases', () => {
  it('state already at the current version is returned untouched', () => {
    const current = { seed: 's', answers: {}, assessments: {}, visits: {}, setAside: [] }
    expect(migrateProgress(current, PROGRESS_VERSION)).toBe(current)
  })

  it('a version with no known step is handed on as it is, for repair to deal with', () => {
    const unknown = { answers: { x: 1 } }
    expect(migrateProgress(unknown, 0)).toBe(unknown)
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
  ])('v1 state that is not an object (%s) is handed on as it is', (_name, state) => {
    expect(migrateProgress(state, 1)).toBe(state)
  })

  it('a v1 answer without tries counts as one check, and without a time gets time 0', () => {
    const migrated = migrateProgress({ answers: { q: { value: 'x' } } }, 1) as ProgressData
    expect(migrated.answers.q).toEqual({ response: 'x', checks: 1, firstCheckedAt: 0, lastCheckedAt: 0 })
  })

  it('unreadable v1 entries are passed on unchanged so repair can set them aside', () => {
    const migrated = migrateProgress({
      answers: { broken: 'not a record', empty: {} },
      visited: { a: -1, b: 1.5, c: '3', d: 5000, e: null },
    }, 1) as Record<string, Record<string, unknown>>
    expect(migrated.answers).toEqual({ broken: 'not a record', empty: {} })
    expect(migrated.visits).toEqual({ a: -1, b: 1.5, c: '3', d: 5000, e: null })

    const { data, setAsideCount } = repairProgress(migrated, {
      questions: new Map([['broken', LESSON_1_SPECS[3]!], ['empty', LESSON_1_SPECS[3]!]]),
      assessments: new Set(),
      lessons: new Set(['a', 'b', 'c', 'd', 'e']),
    }, 1)
    expect(setAsideCount).toBe(7)
    expect(data.answers).toEqual({})
    expect(data.visits).toEqual({})
  })

  it('v1 state without answers or visited migrates to empty progress', () => {
    expect(migrateProgress({}, 1)).toEqual({ seed: '', answers: {}, assessments: {}, visits: {}, setAside: [] })
  })
})
