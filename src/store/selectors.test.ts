import { describe, expect, it } from 'vitest'
import type { QuestionSpec, SingleChoiceSpec } from '../quiz/model.ts'
import type { AnswerRecord, ProgressData } from './progress-types.ts'
import {
  assessmentIdsOf,
  gradeOutOfTen,
  assessmentResult,
  selectEmbeddedScore,
  selectQuestionScore,
  selectVisitedCount,
} from './selectors.ts'

const base = { slide: 0, solutionAfter: 2 }
const singleQ = (id: string, assessment?: string): SingleChoiceSpec => ({
  ...base,
  id,
  type: 'single',
  options: ['0', '1', '2'],
  correct: '1',
  ...(assessment ? { assessment } : {}),
})

const record = (response: unknown, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({ response, checks: 1, firstCheckedAt: 1, lastCheckedAt: 1, ...extra })

const progress = (partial: Partial<ProgressData>): ProgressData => ({ seed: 's', answers: {}, assessments: {}, visits: {}, setAside: [], ...partial })

const LESSON: QuestionSpec[] = [
  singleQ('e1'),
  { ...base, id: 'e2', type: 'multiple', options: ['0', '1', '2', '3'], correct: ['0', '1'] },
  { ...base, id: 'e3', type: 'truefalse', answer: true },
  { ...base, id: 'e4', type: 'short', accept: ['virsh'], ignoreCase: false },
  singleQ('a1', 'auto'),
  { ...base, id: 'a2', assessment: 'auto', type: 'truefalse', answer: false },
]

describe('selectQuestionScore', () => {
  it.each<[string, AnswerRecord | undefined, number | undefined]>([
    ['never checked', undefined, undefined],
    ['right', record('1'), 1],
    ['wrong', record('2'), 0],
    ['right but solution shown', record('1', { solutionShownAt: 5 }), 0],
  ])('%s → %s', (_name, answer, score) => {
    const state = progress({ answers: answer ? { e1: answer } : {} })
    expect(selectQuestionScore(state, LESSON[0]!)).toBe(score)
  })
})

describe('selectEmbeddedScore', () => {
  it('nothing answered', () => {
    expect(selectEmbeddedScore(progress({}), LESSON)).toEqual({ answered: 0, total: 4, earned: 0 })
  })

  it('ignores self-assessment questions, even when they have answers', () => {
    const state = progress({ answers: { a1: record('1'), a2: record(false), e1: record('1') } })
    expect(selectEmbeddedScore(state, LESSON)).toEqual({ answered: 1, total: 4, earned: 1 })
  })

  it('adds partial scores and counts a shown solution as answered with 0', () => {
    const state = progress({
      answers: {
        e1: record('1'), // 1
        e2: record(['0']), // 0.5
        e3: record(true, { solutionShownAt: 9 }), // right, but solution shown → 0
        e4: record('virsh'), // 1
      },
    })
    expect(selectEmbeddedScore(state, LESSON)).toEqual({ answered: 4, total: 4, earned: 2.5 })
  })

  it('a lesson without questions', () => {
    expect(selectEmbeddedScore(progress({}), [])).toEqual({ answered: 0, total: 0, earned: 0 })
  })
})

describe('gradeOutOfTen', () => {
  const specs = (count: number) => Array.from({ length: count }, (_, index) => singleQ(`q${index}`))
  const responses = (right: number, count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, index) => [`q${index}`, index < right ? '1' : '0']))

  it.each<[number, number, number]>([
    [8, 8, 10],
    [7, 8, 8.8], // 8.75 rounds up
    [2, 3, 6.7],
    [1, 3, 3.3],
    [5, 10, 5],
    [1, 6, 1.7],
    [0, 4, 0],
  ])('%d of %d right → %s', (right, count, grade) => {
    expect(gradeOutOfTen(specs(count), responses(right, count))).toBe(grade)
  })

  it('no questions → 0', () => {
    expect(gradeOutOfTen([], {})).toBe(0)
  })

  it('unanswered questions count as 0', () => {
    expect(gradeOutOfTen(specs(4), { q0: '1' })).toBe(2.5)
  })

  it('partial credit counts', () => {
    const multiple: QuestionSpec = { ...base, id: 'm', type: 'multiple', options: ['0', '1', '2', '3'], correct: ['0', '1'] }
    expect(gradeOutOfTen([multiple, singleQ('s')], { m: ['0'], s: '1' })).toBe(7.5)
  })

  it('always has at most one decimal', () => {
    for (let count = 1; count <= 12; count += 1) {
      for (let right = 0; right <= count; right += 1) {
        const grade = gradeOutOfTen(specs(count), responses(right, count))
        expect(Math.round(grade * 10) / 10).toBe(grade)
        expect(grade).toBeGreaterThanOrEqual(0)
        expect(grade).toBeLessThanOrEqual(10)
      }
    }
  })
})

describe('assessmentResult', () => {
  const resultOf = (state: ProgressData) => assessmentResult(state.assessments.auto, 'auto', LESSON)

  it('no submissions: zero attempts, no grades', () => {
    expect(resultOf(progress({}))).toEqual({ attempts: 0 })
    expect(resultOf(progress({ assessments: { auto: { draft: { a1: '1' }, submissions: [] } } }))).toEqual({ attempts: 0 })
  })

  it('best and last over several submissions, grading only the assessment’s questions', () => {
    const state = progress({
      assessments: {
        auto: {
          draft: { a1: '0' },
          submissions: [
            { at: 100, responses: { a1: '0', a2: true } }, // 0
            { at: 200, responses: { a1: '1', a2: false } }, // 10
            { at: 300, responses: { a1: '1', a2: true, e1: '1' } }, // 5 (e1 is not in the assessment)
          ],
        },
      },
    })
    expect(resultOf(state)).toEqual({ attempts: 3, best: 10, last: 5, lastAt: 300 })
  })

  it('one submission is both best and last', () => {
    const state = progress({ assessments: { auto: { draft: {}, submissions: [{ at: 42, responses: { a2: false } }] } } })
    expect(resultOf(state)).toEqual({ attempts: 1, best: 5, last: 5, lastAt: 42 })
  })

  it('a submission restored without its responses counts with the grade it kept', () => {
    const state = progress({
      assessments: { auto: { draft: {}, submissions: [{ at: 1, responses: {}, grade: 8.5 }, { at: 2, responses: { a1: '1', a2: true } }] } },
    })
    expect(resultOf(state)).toEqual({ attempts: 2, best: 8.5, last: 5, lastAt: 2 })
  })

  it('another assessment’s submissions do not count', () => {
    const state = progress({ assessments: { otra: { draft: {}, submissions: [{ at: 1, responses: { a1: '1', a2: false } }] } } })
    expect(resultOf(state)).toEqual({ attempts: 0 })
  })
})

describe('assessmentIdsOf and selectVisitedCount', () => {
  it('lists each self-assessment once, in order of appearance', () => {
    expect(assessmentIdsOf([...LESSON, singleQ('b1', 'auto-2'), singleQ('a3', 'auto')])).toEqual(['auto', 'auto-2'])
    expect(assessmentIdsOf([singleQ('x')])).toEqual([])
  })

  it('counts visited slides of a lesson', () => {
    const state = progress({ visits: { introduccion: [0, 1, 4] } })
    expect(selectVisitedCount(state, 'introduccion')).toBe(3)
    expect(selectVisitedCount(state, 'tipos')).toBe(0)
  })
})
