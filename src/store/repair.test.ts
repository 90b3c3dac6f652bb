import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRecord } from '../lib/is-record.ts'
import { isResponseFor } from '../quiz/grading.ts'
import type { QuestionSpec } from '../quiz/model.ts'
import type { AnswerRecord, ProgressData } from './progress-types.ts'
import { type Catalog, repairProgress } from './repair.ts'

const NOW = 1_750_000_000_000
const base = { slide: 1, solutionAfter: 2 }

/** Two questions of each type; the *-a2 ones belong to a self-assessment. */
const SPECS: QuestionSpec[] = [
  { ...base, id: 'single-1', type: 'single', options: ['0', '1', '2'], correct: '1' },
  { ...base, id: 'single-a2', assessment: 'auto', type: 'single', options: ['0', '1'], correct: '0' },
  { ...base, id: 'multiple-1', type: 'multiple', options: ['0', '1', '2', '3'], correct: ['0', '2'] },
  { ...base, id: 'multiple-a2', assessment: 'auto', type: 'multiple', options: ['0', '1', '2'], correct: ['1'] },
  { ...base, id: 'tf-1', type: 'truefalse', answer: true },
  { ...base, id: 'tf-a2', assessment: 'auto', type: 'truefalse', answer: false },
  { ...base, id: 'short-1', type: 'short', accept: ['virsh list --all'], ignoreCase: false },
  { ...base, id: 'short-a2', assessment: 'auto', type: 'short', accept: ['kvm'], ignoreCase: true },
  { ...base, id: 'matching-1', type: 'matching', lefts: ['KVM', 'LXC'], rights: ['MV', 'Contenedor'] },
  { ...base, id: 'matching-a2', assessment: 'auto', type: 'matching', lefts: ['a', 'b', 'c'], rights: ['x', 'y', 'z'] },
  { ...base, id: 'ordering-1', type: 'ordering', items: ['0', '1', '2'] },
  { ...base, id: 'ordering-a2', assessment: 'auto', type: 'ordering', items: ['0', '1', '2', '3'] },
]

const CATALOG: Catalog = {
  questions: new Map(SPECS.map((spec) => [spec.id, spec])),
  assessments: new Set(['auto']),
  lessons: new Set(['introduccion', 'tipos']),
}

const specOf = (id: string) => CATALOG.questions.get(id)!

const answer = (response: unknown, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
  response,
  checks: 2,
  firstCheckedAt: NOW - 60_000,
  lastCheckedAt: NOW - 30_000,
  ...extra,
})

const VALID: ProgressData = {
  seed: 'd3b07384-d9a0-4c6b-8f3e-5f1a2c9e7b10',
  answers: {
    'single-1': answer('1'),
    'multiple-1': answer(['0', '3'], { checks: 3 }),
    'tf-1': answer(false, { solutionShownAt: NOW - 10_000 }),
    'short-1': answer('virsh list'),
    'matching-1': answer({ 0: 'MV', 1: 'Contenedor' }, { checks: 1 }),
    'ordering-1': answer(['2', '0', '1']),
  },
  assessments: {
    auto: {
      draft: { 'single-a2': '1', 'tf-a2': false },
      submissions: [
        { at: NOW - 90_000, responses: { 'single-a2': '0', 'multiple-a2': ['1'], 'short-a2': 'KVM' } },
        { at: NOW - 80_000, responses: { 'matching-a2': { 0: 'x', 1: 'y', 2: 'z' }, 'ordering-a2': ['0', '1', '2', '3'] } },
      ],
    },
  },
  visits: { introduccion: [0, 1, 2, 5], tipos: [0] },
  setAside: [{ at: NOW - 1_000_000, where: 'answers.vieja', reason: 'pregunta desconocida en este curso', value: { response: 'x' } }],
}

const repair = (value: unknown) => repairProgress(value, CATALOG, NOW)

describe('repairProgress', () => {
  it('keeps valid data exactly, setting nothing aside', () => {
    const input = structuredClone(VALID)
    const { data, setAsideCount } = repair(input)
    expect(data).toEqual(VALID)
    expect(setAsideCount).toBe(0)
    expect(input).toEqual(VALID) // the input is not changed
  })

  it('empty progress stays empty', () => {
    expect(repair({ seed: '', answers: {}, assessments: {}, visits: {}, setAside: [] })).toEqual({
      data: { seed: '', answers: {}, assessments: {}, visits: {}, setAside: [] },
      setAsideCount: 0,
    })
  })

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
  ])('nothing saved (%s) gives empty progress with nothing set aside', (_name, value) => {
    expect(repair(value)).toEqual({ data: { seed: '', answers: {}, assessments: {}, visits: {}, setAside: [] }, setAsideCount: 0 })
  })

  it.each<[string, unknown]>([
    ['a string', 'hola'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [{ answers: {} }]],
  ])('non-object input (%s) is set aside whole, with empty progress', (_name, value) => {
    const { data, setAsideCount } = repair(value)
    expect(setAsideCount).toBe(1)
    expect(data.answers).toEqual({})
    expect(data.setAside).toEqual([{ at: NOW, where: 'progreso', reason: expect.any(String), value }])
  })

  it('an answer to an unknown question is set aside with its value, not dropped', () => {
    const stale = answer('2')
    const { data, setAsideCount } = repair({ ...VALID, setAside: [], answers: { ...VALID.answers, 'borrada-en-2024': stale } })
    expect(setAsideCount).toBe(1)
    expect(data.answers).toEqual(VALID.answers)
    expect(data.setAside).toEqual([{ at: NOW, where: 'answers.borrada-en-2024', reason: 'pregunta desconocida en este curso', value: stale }])
  })

  it.each<[string, string, unknown]>([
    ['single given a number', 'single-1', 1],
    ['multiple given a string', 'multiple-1', '0,2'],
    ['truefalse given "true"', 'tf-1', 'true'],
    ['short given a list', 'short-1', ['virsh']],
    ['matching given a list', 'matching-1', ['MV', 'Contenedor']],
    ['ordering given numbers', 'ordering-1', [2, 0, 1]],
  ])('a response of the wrong shape is set aside (%s)', (_name, id, response) => {
    const wrong = answer(response)
    const { data, setAsideCount } = repair({ answers: { [id]: wrong, 'ordering-a2': answer(['0']) } })
    expect(setAsideCount).toBe(1)
    expect(data.setAside).toEqual([{ at: NOW, where: `answers.${id}`, reason: 'la respuesta no corresponde al tipo de pregunta', value: wrong }])
    expect(data.answers).toEqual({ 'ordering-a2': answer(['0']) })
  })

  it.each<[string, unknown, string]>([
    ['not a record', 'respuesta', 'no es un registro de respuesta'],
    ['zero checks', answer('1', { checks: 0 }), 'número de intentos no válido'],
    ['fractional checks', answer('1', { checks: 1.5 }), 'número de intentos no válido'],
    ['missing times', { response: '1', checks: 1 }, 'fechas no válidas'],
    ['negative time', answer('1', { firstCheckedAt: -1 }), 'fechas no válidas'],
    ['time as a string', answer('1', { lastCheckedAt: '2024-09-30' as unknown as number }), 'fechas no válidas'],
  ])('an answer record that is %s is set aside with the reason', (_name, value, reason) => {
    const { data, setAsideCount } = repair({ answers: { 'single-1': value } })
    expect(setAsideCount).toBe(1)
    expect(data.answers).toEqual({})
    expect(data.setAside).toEqual([{ at: NOW, where: 'answers.single-1', reason, value }])
  })

  it('a submission restored from an LMS keeps its grade; an impossible grade is set aside', () => {
    const restored = { at: NOW, responses: {}, grade: 7.5 }
    const impossible = { at: NOW, responses: {}, grade: 75 }
    const { data, setAsideCount } = repair({ ...VALID, assessments: { auto: { draft: {}, submissions: [restored, impossible] } } })
    expect(data.assessments.auto!.submissions).toEqual([restored])
    expect(setAsideCount).toBe(1)
    expect(data.setAside.at(-1)).toMatchObject({ where: 'assessments.auto.submissions', reason: 'nota de entrega no válida', value: impossible })
  })

  it('answers that are not an object are set aside whole', () => {
    const { data, setAsideCount } = repair({ answers: ['1', '2'] })
    expect(setAsideCount).toBe(1)
    expect(data.setAside[0]).toMatchObject({ where: 'answers', value: ['1', '2'] })
  })

  it('unknown fields of an answer record are not kept, known ones are', () => {
    const { data } = repair({ answers: { 'single-1': { ...answer('1'), legacy: 'x', solutionShownAt: 5 } } })
    expect(data.answers['single-1']).toEqual(answer('1', { solutionShownAt: 5 }))
  })

  it('unknown top-level keys are set aside, each with its value', () => {
    const { data, setAsideCount } = repair({ ...VALID, setAside: [], theme: 'dark', lastLesson: { id: 'tipos' } })
    expect(setAsideCount).toBe(2)
    expect(data.answers).toEqual(VALID.answers)
    expect(data.setAside).toEqual([
      { at: NOW, where: 'theme', reason: 'dato desconocido', value: 'dark' },
      { at: NOW, where: 'lastLesson', reason: 'dato desconocido', value: { id: 'tipos' } },
    ])
  })

  it('unreadable text (storage that was not JSON) is set aside with the text', () => {
    const text = '{"state":{"answers":{"single-1":{"response":"1",'
    const { data, setAsideCount } = repair({ unreadableText: text })
    expect(setAsideCount).toBe(1)
    expect(data.setAside).toEqual([{ at: NOW, where: 'unreadableText', reason: expect.stringContaining('JSON'), value: text }])
  })

  it('data of another app is set aside as foreign', () => {
    const { data } = repair({ foreignData: [1, 2, 3] })
    expect(data.setAside).toEqual([{ at: NOW, where: 'foreignData', reason: expect.any(String), value: [1, 2, 3] }])
  })

  it('earlier set-aside entries are kept and new ones added after them', () => {
    const { data, setAsideCount } = repair({ ...VALID, extra: 1 })
    expect(setAsideCount).toBe(1)
    expect(data.setAside).toEqual([...VALID.setAside, { at: NOW, where: 'extra', reason: 'dato desconocido', value: 1 }])
  })

  it.each<[string, unknown]>([
    ['a number', 7],
    ['a very long string', 'x'.repeat(101)],
  ])('a seed that is %s is not used', (_name, seed) => {
    expect(repair({ seed }).data.seed).toBe('')
  })

  describe('visits', () => {
    it('duplicates are removed and slides sorted', () => {
      expect(repair({ visits: { introduccion: [3, 0, 3, 1] } }).data.visits).toEqual({ introduccion: [0, 1, 3] })
    })

    it.each<[string, unknown, string]>([
      ['an unknown lesson', { borrada: [0, 1] }, 'visits.borrada'],
      ['a negative slide', { introduccion: [0, -1] }, 'visits.introduccion'],
      ['a fractional slide', { introduccion: [1.5] }, 'visits.introduccion'],
      ['a v1 furthest index left as a number', { introduccion: 3 }, 'visits.introduccion'],
      ['slides as strings', { tipos: ['0'] }, 'visits.tipos'],
    ])('%s is set aside', (_name, visits, where) => {
      const { data, setAsideCount } = repair({ visits })
      expect(setAsideCount).toBe(1)
      expect(data.visits).toEqual({})
      expect(data.setAside[0]).toMatchObject({ where, value: Object.values(visits as object)[0] })
    })
  })

  describe('assessments', () => {
    it('an unknown assessment is set aside', () => {
      const record = { draft: {}, submissions: [] }
      const { data, setAsideCount } = repair({ assessments: { otra: record } })
      expect(setAsideCount).toBe(1)
      expect(data.assessments).toEqual({})
      expect(data.setAside[0]).toMatchObject({ where: 'assessments.otra', value: record })
    })

    it('a bad draft response is set aside, the good ones kept', () => {
      const { data, setAsideCount } = repair({ assessments: { auto: { draft: { 'single-a2': '1', 'tf-a2': 'no', ghost: '1' }, submissions: [] } } })
      expect(setAsideCount).toBe(2)
      expect(data.assessments.auto).toEqual({ draft: { 'single-a2': '1' }, submissions: [] })
      expect(data.setAside.map((entry) => entry.where).sort()).toEqual(['assessments.auto.draft.ghost', 'assessments.auto.draft.tf-a2'])
    })

    it('a broken submission is set aside; a bad response inside a good submission is set aside alone', () => {
      const broken = { responses: { 'single-a2': '0' } } // no time
      const { data, setAsideCount } = repair({
        assessments: { auto: { draft: {}, submissions: [broken, { at: 5, responses: { 'single-a2': '0', 'tf-a2': 1 } }] } },
      })
      expect(setAsideCount).toBe(2)
      expect(data.assessments.auto!.submissions).toEqual([{ at: 5, responses: { 'single-a2': '0' } }])
      expect(data.setAside).toEqual([
        { at: NOW, where: 'assessments.auto.submissions', reason: expect.any(String), value: broken },
        { at: NOW, where: 'assessments.auto.submissions.tf-a2', reason: expect.any(String), value: 1 },
      ])
    })
  })
})

/* ---------- properties ---------- */

const time = fc.integer({ min: 0, max: 4_102_444_800_000 })

function responseFor(spec: QuestionSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'single':
    case 'short':
      return fc.string()
    case 'multiple':
    case 'ordering':
      return fc.array(fc.string(), { maxLength: 6 })
    case 'truefalse':
      return fc.boolean()
    case 'matching':
      return fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 })
  }
}

function validRecordFor(spec: QuestionSpec): fc.Arbitrary<AnswerRecord> {
  return fc.record(
    {
      response: responseFor(spec),
      checks: fc.integer({ min: 1, max: 500 }),
      firstCheckedAt: time,
      lastCheckedAt: time,
      solutionShownAt: time,
    },
    { requiredKeys: ['response', 'checks', 'firstCheckedAt', 'lastCheckedAt'] },
  )
}

/** Independent of repair.ts: what a valid answer record for a spec looks like. */
function isValidRecord(spec: QuestionSpec, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  const isTime = (t: unknown) => typeof t === 'number' && Number.isFinite(t) && t >= 0
  return isResponseFor(spec, record.response)
    && Number.isInteger(record.checks) && (record.checks as number) >= 1
    && isTime(record.firstCheckedAt) && isTime(record.lastCheckedAt)
    && (record.solutionShownAt === undefined || isTime(record.solutionShownAt))
}

/** A plausible but wrong answer record: right keys, some value broken. */
const brokenRecord = fc.record({
  response: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.integer(), { minLength: 1 })),
  checks: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.double(), fc.string()),
  firstCheckedAt: fc.oneof(time, fc.integer({ max: -1 }), fc.string()),
  lastCheckedAt: time,
})

/** For each known question: missing, valid, broken or any JSON; plus answers to unknown questions. */
const mixedAnswers = fc
  .tuple(
    fc.record(
      Object.fromEntries(SPECS.map((spec) => [spec.id, fc.oneof(validRecordFor(spec), brokenRecord, fc.jsonValue({ maxDepth: 2 }))])),
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')).filter((id) => !CATALOG.questions.has(id)), fc.oneof(fc.jsonValue({ maxDepth: 2 }), validRecordFor(SPECS[0]!)), { maxKeys: 4 }),
  )
  .map(([known, unknown]) => ({ ...unknown, ...known }) as Record<string, unknown>)

const mixedProgress = fc.record(
  {
    seed: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
    answers: fc.oneof({ weight: 5, arbitrary: mixedAnswers }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
    assessments: fc.oneof(
      fc.dictionary(fc.constantFrom('auto', 'otra'), fc.jsonValue({ maxDepth: 3 })),
      fc.record({ auto: fc.record({ draft: fc.dictionary(fc.constantFrom(...SPECS.map((spec) => spec.id), 'ghost'), fc.jsonValue({ maxDepth: 1 })), submissions: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }) }) }),
    ),
    visits: fc.dictionary(fc.constantFrom('introduccion', 'tipos', 'otra'), fc.oneof(fc.array(fc.integer({ min: -2, max: 1200 })), fc.jsonValue({ maxDepth: 1 }))),
    setAside: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
    other: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
)

/** Invariants every repaired value must satisfy, whatever the input. */
function expectValidProgress(data: ProgressData): void {
  expect(typeof data.seed).toBe('string')
  for (const [id, record] of Object.entries(data.answers)) {
    const spec = CATALOG.questions.get(id)
    expect(spec, `answer to unknown question ${id}`).toBeDefined()
    expect(isValidRecord(spec!, record), `invalid answer kept for ${id}`).toBe(true)
  }
  for (const [id, record] of Object.entries(data.assessments)) {
    expect(CATALOG.assessments.has(id)).toBe(true)
    for (const [questionId, response] of Object.entries(record.draft)) expect(isResponseFor(specOf(questionId), response)).toBe(true)
    for (const submission of record.submissions) {
      expect(Number.isFinite(submission.at) && submission.at >= 0).toBe(true)
      for (const [questionId, response] of Object.entries(submission.responses)) expect(isResponseFor(specOf(questionId), response)).toBe(true)
    }
  }
  for (const [lesson, slides] of Object.entries(data.visits)) {
    expect(CATALOG.lessons.has(lesson)).toBe(true)
    expect(slides).toEqual([...new Set(slides)].sort((a, b) => a - b))
    for (const slide of slides) expect(Number.isInteger(slide) && slide >= 0).toBe(true)
  }
  expect(Array.isArray(data.setAside)).toBe(true)
  for (const entry of data.setAside) expect(typeof entry.where).toBe('string')
}

describe('repairProgress properties', () => {
  it('for any JSON value: never throws, returns valid progress and counts exactly what it set aside', () => {
    /** Saved progress that already holds entries set aside by an earlier repair, and malformed ones. */
    const withEarlierSetAside = fc.record({
      setAside: fc.array(fc.oneof(
        fc.record({ at: fc.nat(), where: fc.string(), reason: fc.string(), value: fc.jsonValue({ maxDepth: 1 }) }),
        fc.jsonValue({ maxDepth: 1 }),
      ), { maxLength: 4 }),
      answers: fc.jsonValue({ maxDepth: 2 }),
    }, { requiredKeys: ['setAside'] })
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mixedProgress, withEarlierSetAside), (value) => {
        const { data, setAsideCount } = repairProgress(value, CATALOG, NOW)
        expectValidProgress(data)
        // Entries set aside earlier stay, first and unchanged; after them come exactly the ones this repair moved.
        const earlier = isRecord(value) && Array.isArray(value.setAside)
          ? value.setAside.filter((entry) => isRecord(entry) && typeof entry.where === 'string')
          : []
        expect(data.setAside.slice(0, earlier.length)).toEqual(earlier)
        expect(setAsideCount).toBe(data.setAside.length - earlier.length)
        for (const entry of data.setAside.slice(earlier.length)) {
          expect(entry.at).toBe(NOW)
          expect(entry.reason).not.toBe('')
        }
        // Anything but an object (or nothing at all) is set aside whole, not dropped.
        if (!isRecord(value) && value !== null) expect(data.setAside).toEqual([expect.objectContaining({ value })])
      }),
      { numRuns: 500 },
    )
  })

  it('for progress mixing valid answers with garbage: keeps every valid answer, sets aside every other one', () => {
    fc.assert(
      fc.property(mixedProgress, (value) => {
        const { data } = repairProgress(value, CATALOG, NOW)
        expectValidProgress(data)
        const answers = value.answers
        if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return
        for (const [id, record] of Object.entries(answers)) {
          const spec = CATALOG.questions.get(id)
          if (spec && isValidRecord(spec, record)) {
            expect(Object.hasOwn(data.answers, id), `valid answer ${id} lost`).toBe(true)
            expect(data.answers[id]).toEqual(record)
          } else {
            expect(Object.hasOwn(data.answers, id), `invalid answer ${id} kept`).toBe(false)
            expect(data.setAside.some((entry) => entry.where === `answers.${id}` && entry.value === record), `answer ${id} neither kept nor set aside`).toBe(true)
          }
        }
      }),
      { numRuns: 500 },
    )
  })

  it('repairing twice changes nothing more (repaired progress is valid progress)', () => {
    fc.assert(
      fc.property(mixedProgress, (value) => {
        const once = repairProgress(value, CATALOG, NOW).data
        const twice = repairProgress(once, CATALOG, NOW + 1)
        expect(twice.setAsideCount).toBe(0)
        expect(twice.data).toEqual(once)
      }),
      { numRuns: 300 },
    )
  })
})
