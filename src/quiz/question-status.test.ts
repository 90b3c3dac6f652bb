import { describe, expect, it } from 'vitest'
import type { AnswerRecord } from '../store/progress-types.ts'
import { DEFAULT_SOLUTION_AFTER, type MultipleChoiceSpec, type SingleChoiceSpec } from './model.ts'
import { questionStatus, verdictOf } from './question-status.ts'

const single: SingleChoiceSpec = { id: 'q', slide: 0, solutionAfter: DEFAULT_SOLUTION_AFTER, type: 'single', options: ['0', '1', '2'], correct: '1' }
const multiple: MultipleChoiceSpec = { id: 'm', slide: 0, solutionAfter: DEFAULT_SOLUTION_AFTER, type: 'multiple', options: ['0', '1', '2', '3'], correct: ['0', '1'] }

const record = (response: unknown, checks = 1, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
  response,
  checks,
  firstCheckedAt: 1000,
  lastCheckedAt: 1000 + checks,
  ...extra,
})

describe('verdictOf', () => {
  it.each<[number, string]>([
    [1, 'correct'],
    [0.99, 'partial'],
    [0.25, 'partial'],
    [0.0001, 'partial'],
    [0, 'wrong'],
  ])('%s → %s', (score, verdict) => {
    expect(verdictOf(score)).toBe(verdict)
  })
})

describe('questionStatus', () => {
  it('default solutionAfter is 2', () => {
    expect(DEFAULT_SOLUTION_AFTER).toBe(2)
  })

  it('before any check: nothing to show, nothing offered', () => {
    expect(questionStatus(single, undefined, undefined)).toEqual({
      checks: 0,
      solutionShown: false,
      showExplanation: false,
      offerHint: false,
      offerSolution: false,
    })
    expect(questionStatus(single, undefined, '1').verdict).toBeUndefined()
  })

  it('right check: verdict correct, explanation shown, no hint, no solution', () => {
    expect(questionStatus(single, record('1'), '1')).toEqual({
      verdict: 'correct',
      score: 1,
      checks: 1,
      solutionShown: false,
      showExplanation: true,
      offerHint: false,
      offerSolution: false,
    })
  })

  it('wrong check: verdict wrong, hint offered, explanation hidden', () => {
    expect(questionStatus(single, record('2'), '2')).toMatchObject({
      verdict: 'wrong',
      score: 0,
      showExplanation: false,
      offerHint: true,
      offerSolution: false,
    })
  })

  it('partly right check: verdict partial with its score, hint offered, explanation hidden', () => {
    expect(questionStatus(multiple, record(['0']), ['0'])).toMatchObject({
      verdict: 'partial',
      score: 0.5,
      showExplanation: false,
      offerHint: true,
    })
  })

  it('the on-screen response is compared by value, not by identity', () => {
    expect(questionStatus(multiple, record(['0', '1']), ['0', '1']).verdict).toBe('correct')
  })

  it.each<[string, AnswerRecord, unknown]>([
    ['after a wrong check', record('2'), '0'],
    ['after a right check', record('1'), '2'],
    ['after a partial check (one more pick)', record(['0']), ['0', '2']],
    ['after a check, clearing the answer', record('2'), undefined],
  ])('editing the response %s hides the verdict, its score and the hint', (_name, saved, onScreen) => {
    const spec = Array.isArray(saved.response) ? multiple : single
    const status = questionStatus(spec, saved, onScreen)
    expect(status.verdict).toBeUndefined()
    expect(status.score).toBeUndefined()
    expect(status.offerHint).toBe(false)
    expect(status.showExplanation).toBe(false)
    expect(status.checks).toBe(saved.checks)
  })

  it.each<[string, SingleChoiceSpec | MultipleChoiceSpec, AnswerRecord, unknown, boolean]>([
    ['1 wrong check (of 2)', single, record('2', 1), '2', false],
    ['2 wrong checks', single, record('2', 2), '2', true],
    ['5 wrong checks', single, record('0', 5), '0', true],
    ['2 partial checks', multiple, record(['0'], 2), ['0'], true],
    ['2 checks, last wrong, response edited since', single, record('2', 2), '0', true],
    ['2 checks, last one right', single, record('1', 2), '1', false],
    ['5 checks, last one right, response edited since', single, record('1', 5), '2', false],
    ['2 wrong checks but solution already shown', single, record('2', 2, { solutionShownAt: 5000 }), '2', false],
    ['2 wrong checks with solutionAfter 3', { ...single, solutionAfter: 3 }, record('2', 2), '2', false],
    ['3 wrong checks with solutionAfter 3', { ...single, solutionAfter: 3 }, record('2', 3), '2', true],
    ['1 wrong check with solutionAfter 1', { ...single, solutionAfter: 1 }, record('2', 1), '2', true],
  ])('offer solution after %s → %s', (_name, spec, saved, onScreen, offered) => {
    expect(questionStatus(spec, saved, onScreen).offerSolution).toBe(offered)
  })

  it('after showing the solution: explanation shown even when the response on screen differs', () => {
    const saved = record('2', 2, { solutionShownAt: 5000 })
    const onSolution = questionStatus(single, saved, '1')
    expect(onSolution).toMatchObject({ solutionShown: true, showExplanation: true, offerSolution: false })
    expect(onSolution.verdict).toBeUndefined()
    expect(questionStatus(single, saved, '2')).toMatchObject({ verdict: 'wrong', solutionShown: true, showExplanation: true })
  })

  it.each<[string, AnswerRecord, unknown, boolean]>([
    ['right and on screen', record('1'), '1', true],
    ['wrong', record('0'), '0', false],
    ['partial', record(['0'], 1), ['0'], false],
    ['solution shown', record('0', 2, { solutionShownAt: 1 }), '0', true],
    ['no check yet', record('0', 0), 'x', false],
  ])('explanation when %s → %s', (_name, saved, onScreen, shown) => {
    const spec = Array.isArray(saved.response) ? multiple : single
    expect(questionStatus(spec, saved, onScreen).showExplanation).toBe(shown)
  })

  it('counts checks from the saved record', () => {
    expect(questionStatus(single, record('0', 4), '0').checks).toBe(4)
  })
})
