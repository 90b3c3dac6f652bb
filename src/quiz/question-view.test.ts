import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SOLUTION_AFTER, type MultipleChoiceSpec, QUESTION_COMPONENTS, QUESTION_TYPES, type QuestionSpec, type QuestionType, type SingleChoiceSpec,
  byQuestionComponent,
} from './model.ts'
import {
  type CheckedAnswer, type QuestionMode, type QuestionView, type QuestionViewInput, blankResponse, countUnanswered, fitResponse, printModeOf, questionView, screenModeOf, verdictOf,
} from './question-view.ts'
import { migrateProgress } from '../store/migrations.ts'

const BASE = { slide: 0, solutionAfter: DEFAULT_SOLUTION_AFTER }

const SPECS: Record<QuestionType, QuestionSpec> = {
  single: { ...BASE, id: 'q-single', type: 'single', options: ['0', '1', '2'], correct: '1' },
  multiple: { ...BASE, id: 'q-multiple', type: 'multiple', options: ['0', '1', '2', '3'], correct: ['0', '1'] },
  truefalse: { ...BASE, id: 'q-tf', type: 'truefalse', answer: false },
  short: { ...BASE, id: 'q-short', type: 'short', accept: ['qemu:///system', 'qemu+unix:///system'], ignoreCase: false },
  matching: { ...BASE, id: 'q-matching', type: 'matching', lefts: ['0', '1', '2'], rights: ['0', '1', '0'] },
  ordering: { ...BASE, id: 'q-ordering', type: 'ordering', items: ['0', '1', '2'] },
}

/** The order an ordering question starts in (shuffled on screen). */
const START = ['2', '0', '1']

interface Responses {
  blank: unknown
  right: unknown
  wrong: unknown
  /** A partly right response and its score (multiple choice, matching). */
  partial?: [unknown, number]
  complete: boolean
}

const RESPONSES: Record<QuestionType, Responses> = {
  single: { blank: undefined, right: '1', wrong: '2', complete: false },
  multiple: { blank: [], right: ['0', '1'], wrong: ['2'], partial: [['0'], 0.5], complete: false },
  truefalse: { blank: undefined, right: false, wrong: true, complete: false },
  short: { blank: '', right: '  qemu:///system ', wrong: 'qemu:///session', complete: false },
  matching: { blank: {}, right: { 0: '0', 1: '1', 2: '0' }, wrong: { 0: '1', 1: '0', 2: '1' }, partial: [{ 0: '0', 1: '0', 2: '0' }, 2 / 3], complete: false },
  ordering: { blank: START, right: ['0', '1', '2'], wrong: ['1', '0', '2'], complete: true },
}

/** The response "show solution", a revealed answer and the answer key show. */
const SOLUTIONS: Record<QuestionType, unknown> = {
  single: '1',
  multiple: ['0', '1'],
  truefalse: false,
  short: 'qemu:///system',
  matching: { 0: '0', 1: '1', 2: '0' },
  ordering: ['0', '1', '2'],
}

const MODES: QuestionMode[] = ['practice', 'assessment-draft', 'assessment-review', 'classroom', 'print-slide', 'print-slide-prompt', 'print-worksheet', 'print-answers']

/** A saved answer as the store keeps it (its AnswerRecord, which the view reads as a CheckedAnswer). */
type AnswerRecord = CheckedAnswer & { firstCheckedAt: number; lastCheckedAt: number }

const record = (response: unknown, checks = 1, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
  response,
  checks,
  firstCheckedAt: 1000,
  lastCheckedAt: 1000 + checks,
  ...extra,
})

const HINTS = { available: 2, shown: 0 }

function view(type: QuestionType, input: Omit<QuestionViewInput, 'spec' | 'startOrder'> & { spec?: QuestionSpec }): QuestionView {
  return questionView({ spec: SPECS[type], startOrder: START, ...input })
}

const TYPES = QUESTION_TYPES.map((type) => [type] as const)
const byType = <T>(make: (type: QuestionType) => T[]): T[] => QUESTION_TYPES.flatMap(make)

describe('the question types table', () => {
  it('has the six types and their MDX component names, both ways', () => {
    expect(QUESTION_TYPES).toEqual(['single', 'multiple', 'truefalse', 'short', 'matching', 'ordering'])
    expect(QUESTION_COMPONENTS).toEqual({
      SingleChoice: 'single', MultipleChoice: 'multiple', TrueFalse: 'truefalse', ShortAnswer: 'short', Matching: 'matching', Ordering: 'ordering',
    })
    expect(byQuestionComponent((type) => type)).toEqual(QUESTION_COMPONENTS)
  })
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

describe('blankResponse', () => {
  it.each(TYPES)('%s: nothing answered yet', (type) => {
    expect(blankResponse(SPECS[type], START)).toEqual(RESPONSES[type].blank)
  })
  it('ordering without a start order starts from the answer key (never shown that way: the screen shuffles)', () => {
    expect(blankResponse(SPECS.ordering)).toEqual(['0', '1', '2'])
  })
})

describe('every mode × every type, before the student does anything', () => {
  type Expected = Pick<QuestionView, 'locked' | 'marks' | 'revealCorrect' | 'showExplanation' | 'numbered' | 'answerArea' | 'solutionShown'>
    & { edit: QuestionView['actions']['edit']; check: boolean; response: 'blank' | 'solution'; verdict?: QuestionView['verdict'] }
  const nothing = { marks: false, revealCorrect: false, showExplanation: false, numbered: false, answerArea: true, solutionShown: false }
  const EXPECTED: Record<QuestionMode, Expected> = {
    'practice': { ...nothing, locked: false, edit: 'screen', check: true, response: 'blank' },
    'assessment-draft': { ...nothing, locked: false, edit: 'assessment', check: false, response: 'blank' },
    // Submitted unanswered: graded wrong, with the answer and the explanation.
    'assessment-review': { ...nothing, locked: true, marks: true, revealCorrect: true, showExplanation: true, edit: 'none', check: false, response: 'blank', verdict: 'wrong' },
    'classroom': { ...nothing, locked: true, edit: 'none', check: false, response: 'blank' },
    'print-slide': { ...nothing, locked: true, edit: 'none', check: false, response: 'blank' },
    'print-slide-prompt': { ...nothing, locked: true, answerArea: false, edit: 'none', check: false, response: 'blank' },
    'print-worksheet': { ...nothing, locked: true, numbered: true, edit: 'none', check: false, response: 'blank' },
    'print-answers': { ...nothing, locked: true, numbered: true, revealCorrect: true, showExplanation: true, edit: 'none', check: false, response: 'solution' },
  }
  const rows = byType((type) => MODES.map((mode) => [mode, type] as const))

  it.each(rows)('%s, %s', (mode, type) => {
    const { edit, check, response, verdict, ...rest } = EXPECTED[mode]
    const result = view(type, { mode })
    expect(result).toMatchObject({ mode, ...rest, checks: 0, hintsShown: 0 })
    expect(result.actions).toEqual({ edit, check, offerHint: false, offerSolution: false })
    expect(result.response).toEqual(response === 'solution' ? SOLUTIONS[type] : RESPONSES[type].blank)
    expect(result.verdict).toBe(verdict)
    expect(result.tries).toBeUndefined()
  })

  it('has a row for every mode and type', () => {
    expect(rows).toHaveLength(8 * 6)
  })
})

describe('practice', () => {
  it.each(TYPES)('%s: a wrong check shows "wrong" and the tries, offers a hint, hides the explanation', (type) => {
    const wrong = RESPONSES[type].wrong
    expect(view(type, { mode: 'practice', record: record(wrong), hints: HINTS })).toMatchObject({
      response: wrong, verdict: 'wrong', score: 0, tries: 1, checks: 1, marks: true, locked: false, showExplanation: false,
      actions: { edit: 'screen', check: true, offerHint: true, offerSolution: false },
    })
  })

  it.each(TYPES)('%s: a right check after a wrong one shows "correct", 2 tries, the explanation, no hint, no solution', (type) => {
    const right = RESPONSES[type].right
    expect(view(type, { mode: 'practice', record: record(right, 2), hints: HINTS })).toMatchObject({
      response: right, verdict: 'correct', score: 1, tries: 2, marks: true, revealCorrect: false, showExplanation: true,
      actions: { check: true, offerHint: false, offerSolution: false },
    })
  })

  it.each(byType((type) => (RESPONSES[type].partial ? [[type, ...RESPONSES[type].partial!] as const] : [])))(
    '%s: a partly right check shows "partial" with its score and offers a hint',
    (type, partial, score) => {
      const result = view(type, { mode: 'practice', record: record(partial), hints: HINTS })
      expect(result).toMatchObject({ verdict: 'partial', showExplanation: false, actions: { offerHint: true } })
      expect(result.score).toBeCloseTo(score)
    },
  )

  it.each(TYPES)('%s: a response edited since the check (the draft) is shown without a verdict', (type) => {
    const result = view(type, { mode: 'practice', record: record(RESPONSES[type].wrong), draft: { value: RESPONSES[type].right }, hints: HINTS })
    expect(result.response).toEqual(RESPONSES[type].right)
    expect(result).toMatchObject({ marks: false, showExplanation: false, checks: 1, complete: true, actions: { check: true, offerHint: false } })
    expect(result.verdict).toBeUndefined()
    expect(result.score).toBeUndefined()
    expect(result.tries).toBeUndefined()
  })

  it.each(TYPES)('%s: with the solution shown, the solution is on screen, marked and locked, with the explanation', (type) => {
    const result = view(type, { mode: 'practice', record: record(RESPONSES[type].wrong, 2, { solutionShownAt: 5000 }), hints: HINTS })
    expect(result.response).toEqual(SOLUTIONS[type])
    expect(result).toMatchObject({ solutionShown: true, locked: true, marks: true, revealCorrect: true, showExplanation: true, verdict: 'wrong' })
    expect(result.actions).toEqual({ edit: 'none', check: false, offerHint: false, offerSolution: false })
    expect(result.acceptedAnswers).toEqual(type === 'short' ? ['qemu:///system', 'qemu+unix:///system'] : undefined)
  })

  it.each(TYPES)('%s: "Comprobar" needs a complete response', (type) => {
    expect(view(type, { mode: 'practice' }).complete).toBe(RESPONSES[type].complete)
    expect(view(type, { mode: 'practice', draft: { value: RESPONSES[type].wrong } }).complete).toBe(true)
  })

  it.each<[string, { available: number; shown: number }, boolean, number]>([
    ['no hints written', { available: 0, shown: 0 }, false, 0],
    ['one of two hints open', { available: 2, shown: 1 }, true, 1],
    ['every hint open', { available: 2, shown: 2 }, false, 2],
  ])('hints after a wrong check: %s → offered %s, %s on screen', (_name, hints, offered, shown) => {
    const result = view('single', { mode: 'practice', record: record('2'), hints })
    expect(result.actions.offerHint).toBe(offered)
    expect(result.hintsShown).toBe(shown)
  })

  it('hints already open stay open after a right check', () => {
    expect(view('single', { mode: 'practice', record: record('1', 2), hints: { available: 2, shown: 1 } }).hintsShown).toBe(1)
  })

  it('ordering: checking the starting order as it is (complete, never the answer key)', () => {
    expect(view('ordering', { mode: 'practice' })).toMatchObject({ response: START, complete: true })
  })
})

// Ported from the former question-status.test.ts: every case, through the practice view.
describe('practice (the former questionStatus cases)', () => {
  const single = SPECS.single as SingleChoiceSpec
  const multiple = SPECS.multiple as MultipleChoiceSpec
  const status = (spec: QuestionSpec, saved: CheckedAnswer | undefined, onScreen: unknown) => {
    const result = questionView({ mode: 'practice', spec, record: saved, draft: { value: onScreen }, hints: HINTS })
    return {
      ...(result.verdict ? { verdict: result.verdict, score: result.score } : {}),
      checks: result.checks,
      solutionShown: result.solutionShown,
      showExplanation: result.showExplanation,
      offerHint: result.actions.offerHint,
      offerSolution: result.actions.offerSolution,
    }
  }

  it('default solutionAfter is 2', () => {
    expect(DEFAULT_SOLUTION_AFTER).toBe(2)
  })

  it('before any check: nothing to show, nothing offered', () => {
    expect(status(single, undefined, undefined)).toEqual({
      checks: 0,
      solutionShown: false,
      showExplanation: false,
      offerHint: false,
      offerSolution: false,
    })
    expect(status(single, undefined, '1').verdict).toBeUndefined()
    expect(questionView({ mode: 'practice', spec: single }).verdict).toBeUndefined()
  })

  it('right check: verdict correct, explanation shown, no hint, no solution', () => {
    expect(status(single, record('1'), '1')).toEqual({
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
    expect(status(single, record('2'), '2')).toMatchObject({
      verdict: 'wrong',
      score: 0,
      showExplanation: false,
      offerHint: true,
      offerSolution: false,
    })
  })

  it('partly right check: verdict partial with its score, hint offered, explanation hidden', () => {
    expect(status(multiple, record(['0']), ['0'])).toMatchObject({
      verdict: 'partial',
      score: 0.5,
      showExplanation: false,
      offerHint: true,
    })
  })

  it('the on-screen response is compared by value, not by identity', () => {
    expect(status(multiple, record(['0', '1']), ['0', '1']).verdict).toBe('correct')
  })

  it('without a draft, the saved response is the one on screen', () => {
    expect(questionView({ mode: 'practice', spec: single, record: record('2') })).toMatchObject({ response: '2', verdict: 'wrong' })
  })

  it.each<[string, AnswerRecord, unknown]>([
    ['after a wrong check', record('2'), '0'],
    ['after a right check', record('1'), '2'],
    ['after a partial check (one more pick)', record(['0']), ['0', '2']],
    ['after a check, clearing the answer', record('2'), undefined],
  ])('editing the response %s hides the verdict, its score and the hint', (_name, saved, onScreen) => {
    const spec = Array.isArray(saved.response) ? multiple : single
    const result = status(spec, saved, onScreen)
    expect(result.verdict).toBeUndefined()
    expect(result.score).toBeUndefined()
    expect(result.offerHint).toBe(false)
    expect(result.showExplanation).toBe(false)
    expect(result.checks).toBe(saved.checks)
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
    expect(status(spec, saved, onScreen).offerSolution).toBe(offered)
  })

  it('after showing the solution: explanation shown even when the response on screen differs', () => {
    const saved = record('2', 2, { solutionShownAt: 5000 })
    const onSolution = status(single, saved, '1')
    expect(onSolution).toMatchObject({ solutionShown: true, showExplanation: true, offerSolution: false })
    expect(onSolution.verdict).toBeUndefined()
    expect(status(single, saved, '2')).toMatchObject({ verdict: 'wrong', solutionShown: true, showExplanation: true })
  })

  it.each<[string, AnswerRecord, unknown, boolean]>([
    ['right and on screen', record('1'), '1', true],
    ['wrong', record('0'), '0', false],
    ['partial', record(['0'], 1), ['0'], false],
    ['solution shown', record('0', 2, { solutionShownAt: 1 }), '0', true],
    ['no check yet', record('0', 0), 'x', false],
  ])('explanation when %s → %s', (_name, saved, onScreen, shown) => {
    const spec = Array.isArray(saved.response) ? multiple : single
    expect(status(spec, saved, onScreen).showExplanation).toBe(shown)
  })

  it('counts checks from the saved record', () => {
    expect(status(single, record('0', 4), '0').checks).toBe(4)
  })
})

describe('assessment-draft: answers are collected, never judged', () => {
  it.each(byType((type) => (['right', 'wrong'] as const).map((which) => [type, which] as const)))('%s, %s answer', (type, which) => {
    const answer = RESPONSES[type][which]
    // A saved practice record of the same id changes nothing here.
    const result = view(type, { mode: 'assessment-draft', draft: { value: answer }, record: record(RESPONSES[type].right) })
    expect(result.response).toEqual(answer)
    expect(result).toMatchObject({ locked: false, marks: false, revealCorrect: false, showExplanation: false, complete: true })
    expect(result.actions).toEqual({ edit: 'assessment', check: false, offerHint: false, offerSolution: false })
    expect(result.verdict).toBeUndefined()
    expect(result.score).toBeUndefined()
  })
})

describe('assessment-review: the last submission, graded and locked', () => {
  const rows = byType((type) => [
    [type, 'right', RESPONSES[type].right, 'correct', 1] as const,
    [type, 'wrong', RESPONSES[type].wrong, 'wrong', 0] as const,
    ...(RESPONSES[type].partial ? [[type, 'partial', RESPONSES[type].partial![0], 'partial', RESPONSES[type].partial![1]] as const] : []),
  ])
  it.each(rows)('%s, %s answer → %s', (type, _which, submitted, verdict, score) => {
    const result = view(type, { mode: 'assessment-review', submitted, draft: { value: RESPONSES[type].blank } })
    expect(result.response).toEqual(submitted)
    expect(result).toMatchObject({ verdict, locked: true, marks: true, revealCorrect: true, showExplanation: true })
    expect(result.score).toBeCloseTo(score)
    expect(result.actions).toEqual({ edit: 'none', check: false, offerHint: false, offerSolution: false })
    expect(result.tries).toBeUndefined()
  })
})

describe('classroom: nothing recorded, the answer only once revealed', () => {
  const saved = (type: QuestionType) => record(RESPONSES[type].wrong, 3, { solutionShownAt: 9 })
  it.each(TYPES)('%s, not revealed: blank and locked, even with the teacher\'s own saved answer', (type) => {
    const result = view(type, { mode: 'classroom', revealed: false, record: saved(type), draft: { value: RESPONSES[type].right } })
    expect(result.response).toEqual(RESPONSES[type].blank)
    expect(result).toMatchObject({ locked: true, marks: false, revealCorrect: false, showExplanation: false, solutionShown: false, checks: 0 })
    expect(result.verdict).toBeUndefined()
    expect(result.actions.edit).toBe('none')
  })
  it.each(TYPES)('%s, revealed: the answer, marked, with the explanation, and no verdict', (type) => {
    const result = view(type, { mode: 'classroom', revealed: true, record: saved(type) })
    expect(result.response).toEqual(SOLUTIONS[type])
    expect(result).toMatchObject({ locked: true, marks: true, revealCorrect: true, showExplanation: true })
    expect(result.verdict).toBeUndefined()
    expect(result.acceptedAnswers).toBeUndefined()
  })
})

describe('print', () => {
  it.each(TYPES)('%s: the answer key lists every accepted short answer; the worksheet nothing', (type) => {
    expect(view(type, { mode: 'print-answers' }).acceptedAnswers).toEqual(type === 'short' ? ['qemu:///system', 'qemu+unix:///system'] : undefined)
    expect(view(type, { mode: 'print-worksheet' }).acceptedAnswers).toBeUndefined()
  })
  it.each(TYPES)('%s: saved answers never reach paper', (type) => {
    const result = view(type, { mode: 'print-worksheet', record: record(RESPONSES[type].right), draft: { value: RESPONSES[type].right } })
    expect(result.response).toEqual(RESPONSES[type].blank)
    expect(result.verdict).toBeUndefined()
  })
})

describe('modes from where a question is', () => {
  it.each<[boolean, 'draft' | 'review' | null, QuestionMode]>([
    [false, null, 'practice'],
    [false, 'draft', 'assessment-draft'],
    [false, 'review', 'assessment-review'],
    [true, null, 'classroom'],
    [true, 'draft', 'classroom'],
    [true, 'review', 'classroom'],
  ])('in class %s, self-assessment %s → %s', (inClass, assessment, mode) => {
    expect(screenModeOf(inClass, assessment)).toBe(mode)
  })
  it.each<['slide' | 'worksheet' | 'answers', boolean, QuestionMode]>([
    ['slide', false, 'print-slide'],
    ['slide', true, 'print-slide-prompt'],
    ['worksheet', false, 'print-worksheet'],
    ['answers', false, 'print-answers'],
  ])('printing %s (prompt only %s) → %s', (handout, promptOnly, mode) => {
    expect(printModeOf(handout, promptOnly)).toBe(mode)
  })
})

describe('answers saved before the question changed: the view degrades, never throws', () => {
  // A first-prototype (v1) answer, brought up to today's shape by the store's migration.
  const migrated = (value: unknown, tries = 3): AnswerRecord => {
    const state = migrateProgress({ answers: { q: { value, tries, at: 1000 } } }, 1) as { answers: Record<string, AnswerRecord> }
    return state.answers.q!
  }

  it.each<[QuestionType, unknown]>([
    ['single', 1],
    ['multiple', '0'],
    ['truefalse', 'true'],
    ['short', ['qemu:///system']],
    ['matching', ['0', '1', '0']],
    ['ordering', { 0: '0' }],
  ])('%s: a v1 answer of another shape (%j) shows the blank question, no verdict, its tries kept', (type, value) => {
    const result = view(type, { mode: 'practice', record: migrated(value), hints: HINTS })
    expect(result.response).toEqual(RESPONSES[type].blank)
    expect(result.verdict).toBeUndefined()
    expect(result).toMatchObject({ checks: 3, marks: false, locked: false, actions: { edit: 'screen', check: true, offerHint: false, offerSolution: true } })
  })

  // The same saved answers, after the author removed or renumbered options.
  const fewer: Record<QuestionType, QuestionSpec> = {
    single: { ...SPECS.single, options: ['0', '1'] } as QuestionSpec,
    multiple: { ...SPECS.multiple, options: ['0', '1', '2'] } as QuestionSpec,
    truefalse: SPECS.truefalse,
    short: { ...SPECS.short, accept: ['qemu:///system'] } as QuestionSpec,
    matching: { ...SPECS.matching, lefts: ['0', '1'], rights: ['0', '1'] } as QuestionSpec,
    ordering: { ...SPECS.ordering, items: ['0', '1'] } as QuestionSpec,
  }
  const before: Record<QuestionType, unknown> = {
    single: '2',
    multiple: ['0', '3'],
    truefalse: true,
    short: 'qemu+unix:///system',
    matching: { 0: '0', 1: '1', 2: '0' },
    ordering: ['2', '0', '1'],
  }
  const fitted: Record<QuestionType, [unknown, boolean]> = {
    single: [undefined, true],
    multiple: [['0'], true],
    truefalse: [true, false],
    short: ['qemu+unix:///system', false],
    matching: [{ 0: '0', 1: '1' }, true],
    ordering: [START, true],
  }

  it.each(TYPES)('%s: practice keeps what still exists and hides a verdict about the old options', (type) => {
    const [response, stale] = fitted[type]
    const result = questionView({ mode: 'practice', spec: fewer[type], record: record(before[type], 1), startOrder: START, hints: HINTS })
    expect(result.response).toEqual(response)
    expect(result.verdict === undefined).toBe(stale)
    expect(result.actions.check).toBe(true)
  })

  it.each(TYPES)('%s: a self-assessment draft and a submission are fitted the same way', (type) => {
    const [response] = fitted[type]
    const draft = questionView({ mode: 'assessment-draft', spec: fewer[type], draft: { value: before[type] }, startOrder: START })
    expect(draft.response).toEqual(response)
    const review = questionView({ mode: 'assessment-review', spec: fewer[type], submitted: before[type], startOrder: START })
    expect(review.response).toEqual(response)
    expect(review.verdict).toBeDefined()
  })

  it.each(MODES.flatMap((mode) => byType((type) => [[mode, type] as const])))('%s, %s: garbage saved anywhere gives a view', (mode, type) => {
    for (const garbage of [null, 42, 'x', ['9'], { 9: 9 }, [null], { __proto__: null }]) {
      const result = questionView({ mode, spec: fewer[type], record: { response: garbage, checks: 1 }, draft: { value: garbage }, submitted: garbage, revealed: true })
      expect(result.mode).toBe(mode)
      expect(() => JSON.stringify(result)).not.toThrow()
    }
  })
})

describe('fitResponse', () => {
  it('keeps a response that fits as it is, and says when it did not', () => {
    expect(fitResponse(SPECS.multiple, ['0', '2'], [])).toEqual({ response: ['0', '2'], stale: false })
    expect(fitResponse(SPECS.multiple, ['0', '7'], [])).toEqual({ response: ['0'], stale: true })
    expect(fitResponse(SPECS.ordering, ['0', '1', '1'], START)).toEqual({ response: START, stale: true })
    expect(fitResponse(SPECS.single, undefined, undefined)).toEqual({ response: undefined, stale: false })
  })
})

describe('countUnanswered', () => {
  const questions = [SPECS.single, SPECS.multiple, SPECS.short, SPECS.ordering]

  it('counts the questions without a complete answer', () => {
    expect(countUnanswered(questions, {})).toBe(4)
    expect(countUnanswered(questions, { 'q-single': '1', 'q-short': '   ' })).toBe(3)
    expect(countUnanswered(questions, { 'q-single': '1', 'q-multiple': ['0'], 'q-short': 'qemu:///system', 'q-ordering': START })).toBe(0)
  })

  it('counts an answer that no longer fits its question as unanswered', () => {
    expect(countUnanswered(questions, { 'q-single': '7', 'q-multiple': ['9'], 'q-short': 'x', 'q-ordering': ['0', '1'] })).toBe(3)
  })
})
