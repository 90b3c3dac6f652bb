import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { QuestionSpec } from '../quiz/model.ts'
import type { AnswerRecord, AssessmentRecord, ProgressData } from '../store/progress-types.ts'
import { assessmentResult, gradeOutOfTen } from '../store/selectors.ts'
import { escapeAscii, unescapeAscii } from './ascii-text.ts'
import { courseShape } from './course-shape.ts'
import { SUSPEND_DATA_LIMIT, decodeSuspendData, encodeSuspendData } from './suspend-data.ts'
import { LESSON_A as lessonA, TWO_LESSONS } from './testing/fixture-course.ts'

const SLIDES = { a: 14, b: 30 }
const COURSE = TWO_LESSONS
const shape = courseShape(COURSE)
const NOW = 1_800_000_000_000

const answer = (response: unknown, checks = 1, solutionShown = false): AnswerRecord => ({
  response, checks, firstCheckedAt: 1, lastCheckedAt: 2, ...(solutionShown ? { solutionShownAt: 3 } : {}),
})

const FIXTURE: ProgressData = {
  seed: '7f9c2ba4-e88f-4c1a-9d39-1f0b0c6a2e55',
  answers: {
    'a-single': answer('2'),
    'a-multi': answer(['3', '0'], 2),
    'a-tf': answer(true, 3, true),
    'a-short': answer('virsh  list --all, ¿o no?', 1),
    'a-match': answer({ 0: '0', 2: '1' }),
    'a-order': answer(['1', '0', '2', '3'], 40),
    'b-single': answer('1'),
  },
  assessments: {
    'a-eval': {
      draft: { 'a-ev1': '1' },
      submissions: [
        { at: 10, responses: { 'a-ev1': '0', 'a-ev2': 'QEMU-IMG' } },
        { at: 20, responses: { 'a-ev1': '1' } },
      ],
    },
  },
  visits: { a: [0, 1, 2, 5, 6, 13], b: [29] },
  setAside: [],
}

/** What the codec promises to give back: everything but times, drafts and submission responses. */
function kept(data: ProgressData): unknown {
  return {
    seed: data.seed,
    answers: Object.fromEntries(Object.entries(data.answers).map(([id, record]) => [id, {
      response: canonical(shape.embedded.find((spec) => spec.id === id)!, record.response),
      checks: Math.min(record.checks, 36 ** 3 - 1),
      solutionShown: record.solutionShownAt !== undefined,
    }])),
    assessments: Object.fromEntries(shape.assessmentIds.flatMap((id) => {
      const result = assessmentResult(data.assessments[id], id, shape.assessmentSpecs.get(id)!)
      return result.attempts === 0 ? [] : [[id, { attempts: result.attempts, best: result.best, last: result.last }]]
    })),
    visits: Object.fromEntries(Object.entries(data.visits).filter(([, slides]) => slides.length > 0).map(([id, slides]) => [id, [...new Set(slides)].sort((a, b) => a - b)])),
  }
}

/** Multiple choice comes back in option order, matching without unchosen left items. */
function canonical(spec: QuestionSpec, response: unknown): unknown {
  if (spec.type === 'multiple') return [...new Set(response as string[])].sort((a, b) => Number(a) - Number(b))
  if (spec.type === 'matching') return Object.fromEntries(Object.entries(response as object).filter(([, value]) => value !== ''))
  return response
}

const decoded = (text: string) => {
  const reading = decodeSuspendData(text, shape, NOW)
  if (reading.kind !== 'restored') throw new Error(`not restored: ${reading.kind}`)
  return reading.data
}

describe('suspend_data codec', () => {
  it('writes the fixture progress as this string (golden)', () => {
    const { text, level } = encodeSuspendData(FIXTURE, shape)
    expect(level).toBe(0)
    expect(text).toBe(`A1.${shape.hash}.7f9c2ba4-e88f-4c1a-9d39-1f0b0c6a2e55.nBC,AAAAg.1-2,2-9,3!1,1-'virsh++list+--all%2C+%C2%BFo+no%3F,1-0_1,14-1023,,1-1.2:2s:0`)
  })

  it('reads the golden string back: answers, tries, solution shown, slides seen and self-assessment grades', () => {
    const data = decoded(encodeSuspendData(FIXTURE, shape).text)
    expect(data.answers['a-short']).toEqual({ response: 'virsh  list --all, ¿o no?', checks: 1, firstCheckedAt: NOW, lastCheckedAt: NOW })
    expect(data.answers['a-tf']).toMatchObject({ response: true, checks: 3, solutionShownAt: NOW })
    expect(data.answers['a-multi']!.response).toEqual(['0', '3'])
    expect(data.answers['a-match']!.response).toEqual({ 0: '0', 2: '1' })
    expect(data.visits).toEqual({ a: [0, 1, 2, 5, 6, 13], b: [29] })
    const evaluation = assessmentResult(data.assessments['a-eval'], 'a-eval', shape.assessmentSpecs.get('a-eval')!)
    expect(evaluation).toMatchObject({ attempts: 2, best: 10, last: 0 })
    expect(data.assessments['a-eval']!.draft).toEqual({})
    expect(kept(data)).toEqual(kept(FIXTURE))
  })

  it('keeps short texts as typed, any language, and escapes them to printable ASCII', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      const escaped = escapeAscii(text)
      expect(escaped).toMatch(/^[A-Za-z0-9_\-/:=@+%]*$/)
      expect(unescapeAscii(escaped)).toBe(text)
    }))
    expect(escapeAscii('qemu-img create -f qcow2 disco.qcow2 20G')).toBe('qemu-img+create+-f+qcow2+disco%2Eqcow2+20G')
  })

  it('gives back any reachable progress within 4096 ASCII characters', () => {
    fc.assert(fc.property(reachableProgress(), (data) => {
      const { text, level } = encodeSuspendData(data, shape)
      expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
      expect(text).toMatch(/^[\x20-\x7e]*$/)
      expect(level).toBe(0)
      expect(kept(decoded(text))).toEqual(kept(data))
    }), { numRuns: 300 })
  })

  it('past the budget, gives up correct short texts first, then wrong ones longest first, never anything else', () => {
    fc.assert(fc.property(reachableProgress({ longTexts: true }), fc.integer({ min: 150, max: 900 }), (data, budget) => {
      const { text, level } = encodeSuspendData(data, shape, budget)
      const back = decoded(text)
      expect(text.length <= budget || level === 3).toBe(true)
      const shorts = shape.embedded.filter((spec) => spec.type === 'short')
      const droppedLengths: number[] = []
      const keptLengths: number[] = []
      for (const spec of shorts) {
        const before = data.answers[spec.id]
        if (!before) continue
        const after = back.answers[spec.id]!
        const correct = gradeOutOfTen([spec], { [spec.id]: before.response }) === 10
        if (after.response === before.response) keptLengths.push(correct ? 0 : escapeAscii(before.response as string).length)
        else if (correct) expect(level).toBeGreaterThanOrEqual(1)
        else {
          expect(after.response).toBe('')
          expect(level).toBeGreaterThanOrEqual(2)
          droppedLengths.push(escapeAscii(before.response as string).length)
        }
        expect(after.checks).toBe(Math.min(before.checks, 36 ** 3 - 1))
        if (correct) expect(gradeOutOfTen([spec], { [spec.id]: after.response })).toBe(10)
      }
      if (droppedLengths.length > 0) expect(Math.min(...droppedLengths)).toBeGreaterThanOrEqual(Math.max(0, ...keptLengths))
      const withoutShorts = (progress: ProgressData) => {
        const result = kept(progress) as { answers: Record<string, { response: unknown }>; visits: unknown }
        for (const spec of shorts) if (result.answers[spec.id]) result.answers[spec.id]!.response = 'short'
        if (level === 3) result.visits = {}
        return result
      }
      expect(withoutShorts(back)).toEqual(withoutShorts(data))
    }), { numRuns: 200 })
  })

  it('a correct short answer given up to the budget comes back as the accepted text it matched, still correct', () => {
    const data: ProgressData = { ...FIXTURE, answers: { ...FIXTURE.answers, 'a-short': answer('  virsh list   --inactive '), 'b-short': answer('ñ'.repeat(150), 4) } }
    const { text, level } = encodeSuspendData(data, shape, 150)
    expect(level).toBe(2)
    expect(text).toContain(",1-=1,")
    const back = decoded(text)
    expect(back.answers['a-short']!.response).toBe('virsh list --inactive')
    expect(back.answers['b-short']).toMatchObject({ response: '', checks: 4 })
  })

  it('never throws on garbage, foreign or damaged strings', () => {
    const valid = encodeSuspendData(FIXTURE, shape).text
    fc.assert(fc.property(fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(...'A1.,-!\'=?:_%+0123456789abczAZ'), maxLength: 120 }).map((tail) => `A1.${shape.hash}.${tail}`),
      fc.tuple(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 4 })).map(([from, to, insert]) => valid.slice(0, Math.min(from, to)) + insert + valid.slice(Math.max(from, to))),
    ), (text) => {
      const reading = decodeSuspendData(text, shape, NOW)
      expect(['empty', 'restored', 'set-aside']).toContain(reading.kind)
      if (reading.kind === 'restored') expect(reading.setAsideCount).toBe(reading.data.setAside.length)
    }), { numRuns: 1000 })
  })

  it('sets aside what it cannot read, entry by entry, with the text as saved', () => {
    const valid = encodeSuspendData(FIXTURE, shape).text
    const damaged = valid.replace(',14-1023,', ',14-10z3,')
    const reading = decodeSuspendData(damaged, shape, NOW)
    expect(reading.kind).toBe('restored')
    if (reading.kind !== 'restored') return
    expect(reading.setAsideCount).toBe(1)
    expect(reading.data.setAside[0]).toMatchObject({ where: 'cmi.suspend_data answers[5]', value: '14-10z3' })
    expect(reading.data.answers['a-order']).toBeUndefined()
    expect(reading.data.answers['a-single']).toBeDefined()
  })

  it('sets the whole string aside, keeping only the seed, when the course changed since it was saved', () => {
    const text = encodeSuspendData(FIXTURE, shape).text
    const changed = courseShape({ lessons: [{ meta: { id: 'a' }, questions: lessonA.slice(1) }, COURSE.lessons[1]!] })
    expect(changed.hash).not.toBe(shape.hash)
    const reading = decodeSuspendData(text, changed, NOW)
    expect(reading).toMatchObject({ kind: 'set-aside', reason: 'content-changed', data: { seed: FIXTURE.seed, answers: {} } })
    if (reading.kind === 'set-aside') expect(reading.data.setAside[0]).toMatchObject({ where: 'cmi.suspend_data', value: text })
  })

  it('reads an empty string as a first attempt and another program\'s data as foreign', () => {
    expect(decodeSuspendData('', shape, NOW)).toEqual({ kind: 'empty' })
    expect(decodeSuspendData('{"lesson":3,"score":80}', shape, NOW)).toMatchObject({ kind: 'set-aside', reason: 'unreadable' })
  })

  it('changes the course hash when a question changes type, size or place', () => {
    const hashOf = (questions: QuestionSpec[]) => courseShape({ lessons: [{ meta: { id: 'a' }, questions }] }).hash
    const original = hashOf(lessonA)
    expect(hashOf([...lessonA])).toBe(original)
    expect(hashOf([lessonA[1]!, lessonA[0]!, ...lessonA.slice(2)])).not.toBe(original)
    expect(hashOf([{ slide: 1, solutionAfter: 2, id: 'a-single', type: 'single', options: ['0', '1', '2'], correct: '2' }, ...lessonA.slice(1)])).not.toBe(original)
    expect(hashOf([{ slide: 1, solutionAfter: 2, id: 'a-single', type: 'single', options: ['0', '1', '2', '3'], correct: '0' }, ...lessonA.slice(1)])).toBe(original)
  })
})

/** Progress the app can reach: responses of each question's own shape, any tries, any text. */
function reachableProgress(options: { longTexts?: boolean } = {}): fc.Arbitrary<ProgressData> {
  const responseOf = (spec: QuestionSpec): fc.Arbitrary<unknown> => {
    switch (spec.type) {
      case 'single':
        return fc.constantFrom(...spec.options)
      case 'multiple':
        return fc.shuffledSubarray(spec.options, { minLength: 1 })
      case 'truefalse':
        return fc.boolean()
      case 'short':
        return fc.oneof(
          fc.constantFrom(...spec.accept),
          fc.string({ unit: 'grapheme', maxLength: options.longTexts ? 200 : 80 }),
          ...(options.longTexts ? [fc.string({ unit: fc.constantFrom('ñ', '€', 'a', ' '), minLength: 100, maxLength: 200 })] : []),
        )
      case 'matching':
        return fc.tuple(...spec.lefts.map(() => fc.option(fc.constantFrom(...new Set(spec.rights)), { nil: undefined })))
          .map((choices) => Object.fromEntries(choices.flatMap((choice, left) => (choice === undefined ? [] : [[String(left), choice]]))))
      case 'ordering':
        return fc.shuffledSubarray(spec.items, { minLength: spec.items.length })
    }
  }
  const answerOf = (spec: QuestionSpec) => fc.option(fc.record({
    response: responseOf(spec),
    checks: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 100_000 })),
    firstCheckedAt: fc.constant(5),
    lastCheckedAt: fc.constant(6),
  }).chain((record) => fc.boolean().map((shown) => (shown ? { ...record, solutionShownAt: 7 } : record))), { nil: undefined })
  const assessmentOf = (id: string) => {
    const specs = shape.assessmentSpecs.get(id)!
    const submission = fc.record({ at: fc.constant(9), responses: fc.tuple(...specs.map((spec) => fc.option(responseOf(spec), { nil: undefined })))
      .map((responses) => Object.fromEntries(responses.flatMap((response, index) => (response === undefined ? [] : [[specs[index]!.id, response]])))) })
    return fc.option(fc.record({ draft: fc.constant({}), submissions: fc.array(submission, { maxLength: 4 }) }), { nil: undefined })
  }
  return fc.record({
    seed: fc.oneof(fc.uuid(), fc.constant('1765043302000-0.8270127164'), fc.constant('')),
    answers: fc.tuple(...shape.embedded.map(answerOf)).map((answers) => Object.fromEntries(answers.flatMap((record, index) => (record ? [[shape.embedded[index]!.id, record as AnswerRecord]] : [])))),
    assessments: fc.tuple(...shape.assessmentIds.map(assessmentOf)).map((records) => Object.fromEntries(records.flatMap((record, index) => (record ? [[shape.assessmentIds[index]!, record as AssessmentRecord]] : [])))),
    visits: fc.record({ a: fc.subarray([...Array(SLIDES.a).keys()]), b: fc.subarray([...Array(SLIDES.b).keys()]) }),
    setAside: fc.constant([]),
  })
}
