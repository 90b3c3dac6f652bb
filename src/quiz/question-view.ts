import { gradeResponse, isComplete, isResponseFor, solutionOf } from './grading.ts'
import type { QuestionSpec } from './model.ts'

/*
 * What a question shows, in every place it is shown: one pure function from
 * the mode, the answer key and what the student did to what is on screen.
 * The screen and print components only render its result.
 */

/**
 * Where a question is shown.
 * - `practice`: embedded in a lesson; the student checks, gets hints and may ask for the solution.
 * - `assessment-draft`: inside a self-assessment being answered: no feedback at all.
 * - `assessment-review`: inside a self-assessment after a submission: the submitted answer, graded, locked.
 * - `classroom`: projected while a presenter console drives the deck: nothing recorded,
 *   the answer shown only once the teacher reveals it.
 * - `print-slide`: printed as on the projected slide, without answers.
 * - `print-slide-prompt`: a self-assessment question printed on its slide: only the prompt fits.
 * - `print-worksheet`: numbered, with boxes and lines to fill in.
 * - `print-answers`: the worksheet filled in, with the explanation (the teacher's answer key).
 */
export type QuestionMode =
  | 'practice'
  | 'assessment-draft'
  | 'assessment-review'
  | 'classroom'
  | 'print-slide'
  | 'print-slide-prompt'
  | 'print-worksheet'
  | 'print-answers'

export type Verdict = 'correct' | 'partial' | 'wrong'

export function verdictOf(score: number): Verdict {
  if (score >= 1) return 'correct'
  return score > 0 ? 'partial' : 'wrong'
}

/** The part of a saved answer a practice question needs (the store's AnswerRecord has this shape and more). */
export interface CheckedAnswer {
  /** The last checked response. */
  response: unknown
  /** How many times "Comprobar" was pressed. */
  checks: number
  /** Set once the student asked to see the solution. */
  solutionShownAt?: number
}

/** A response on screen that is not the saved one (wrapped: an emptied answer is a draft too). */
export interface Draft {
  value: unknown
}

export interface QuestionViewInput {
  mode: QuestionMode
  spec: QuestionSpec
  /** practice: the last check, if any. */
  record?: CheckedAnswer | undefined
  /** practice: the response edited since the last check; assessment-draft: the answer in the self-assessment draft. */
  draft?: Draft | undefined
  /** assessment-review: the answer in the last submission (undefined: left unanswered). */
  submitted?: unknown
  /** classroom: whether the teacher revealed this question's answer. */
  revealed?: boolean
  /** ordering: the shuffled order the student starts from (default: the answer key's order). */
  startOrder?: readonly string[]
  /** practice: hints the author wrote and hints already opened (default: none). */
  hints?: { available: number; shown: number }
}

/** What the student can do. */
export interface QuestionActions {
  /** Where an edit goes: kept on screen until checked, saved in the self-assessment draft, or nowhere. */
  edit: 'screen' | 'assessment' | 'none'
  /** "Comprobar" is there (it saves the response and counts a try). */
  check: boolean
  /** "Ver una pista": after a wrong or partly right check, while hints remain. */
  offerHint: boolean
  /** "Ver la solución": after `solutionAfter` checks whose last one was not right. */
  offerSolution: boolean
}

export interface QuestionView {
  mode: QuestionMode
  /** The response on screen (for ordering: the order shown). */
  response: unknown
  /** Complete enough to check or to count as answered. */
  complete: boolean
  /** Inputs disabled. */
  locked: boolean
  /** Picked options, rows and items are marked right or wrong. */
  marks: boolean
  /** Right options the response did not pick are marked too (the answer is being shown). */
  revealCorrect: boolean
  /** Verdict of the response on screen, when it is the one checked or submitted. */
  verdict?: Verdict
  /** Score of the response the verdict is about, 0 to 1. */
  score?: number
  /** Checks so far (practice; 0 elsewhere). */
  checks: number
  /** Tries shown next to the verdict (practice). */
  tries?: number
  /** The student asked for the solution: it is on screen and the question earns nothing. */
  solutionShown: boolean
  /** Short answer: every accepted variant, listed when the solution is shown. */
  acceptedAnswers?: readonly string[]
  showExplanation: boolean
  /** How many of the author's hints are on screen. */
  hintsShown: number
  /** Printed with its number (worksheet, answer key). */
  numbered: boolean
  /** The inputs, boxes or lines are shown (everywhere but a self-assessment printed on its slide). */
  answerArea: boolean
  actions: QuestionActions
}

const NO_ACTIONS: QuestionActions = { edit: 'none', check: false, offerHint: false, offerSolution: false }

function sameResponse(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The response before the student does anything: nothing picked, empty text, the shuffled order. */
export function blankResponse(spec: QuestionSpec, startOrder: readonly string[] = spec.type === 'ordering' ? spec.items : []): unknown {
  switch (spec.type) {
    case 'multiple':
      return []
    case 'matching':
      return {}
    case 'ordering':
      return [...startOrder]
    case 'short':
      return ''
    default:
      return undefined
  }
}

/** A saved response made to fit the question as it is now. */
export interface FittedResponse {
  response: unknown
  /**
   * Part or all of what was saved no longer fits: an older build saved another
   * shape, or the author removed or renumbered options since. What does not
   * fit is left out; a verdict about it would be about another question.
   */
  stale: boolean
}

/**
 * Fits a saved response (a check, a draft, a submission) to the question's
 * current answer key: unknown options, rows and choices are dropped, an order
 * that is not of the current items is replaced by the start order. Never throws.
 */
export function fitResponse(spec: QuestionSpec, saved: unknown, blank: unknown): FittedResponse {
  if (saved === undefined) return { response: blank, stale: false }
  const stale = { response: blank, stale: true }
  if (!isResponseFor(spec, saved)) return stale
  switch (spec.type) {
    case 'single':
      return spec.options.includes(saved as string) ? { response: saved, stale: false } : stale
    case 'multiple': {
      const picked = saved as string[]
      const known = picked.filter((key) => spec.options.includes(key))
      return { response: known, stale: known.length !== picked.length }
    }
    case 'matching': {
      const choices = new Set(spec.rights)
      const entries = Object.entries(saved as Record<string, string>)
      const known = entries.filter(([left, choice]) => spec.lefts.includes(left) && choices.has(choice))
      return { response: Object.fromEntries(known), stale: known.length !== entries.length }
    }
    case 'ordering': {
      const order = saved as string[]
      const sameItems = order.length === spec.items.length && spec.items.every((item) => order.includes(item))
      return sameItems ? { response: [...order], stale: false } : stale
    }
    default:
      return { response: saved, stale: false }
  }
}

/**
 * How many questions of a self-assessment have no complete answer in `responses`
 * (a draft or a submission). An answer saved before the question changed counts only
 * for what still fits it.
 */
export function countUnanswered(questions: readonly QuestionSpec[], responses: Readonly<Record<string, unknown>>): number {
  return questions.filter((spec) => !isComplete(spec, fitResponse(spec, responses[spec.id], undefined).response)).length
}

function base(input: QuestionViewInput, response: unknown): QuestionView {
  return {
    mode: input.mode,
    response,
    complete: isComplete(input.spec, response),
    locked: true,
    marks: false,
    revealCorrect: false,
    checks: 0,
    solutionShown: false,
    showExplanation: false,
    hintsShown: 0,
    numbered: false,
    answerArea: true,
    actions: NO_ACTIONS,
  }
}

function practiceView(input: QuestionViewInput): QuestionView {
  const { spec, record, draft } = input
  const blank = blankResponse(spec, input.startOrder)
  const checks = record?.checks ?? 0
  const solutionShown = record?.solutionShownAt !== undefined
  const saved = fitResponse(spec, record?.response, blank)
  const shown = draft ? fitResponse(spec, draft.value, blank).response : saved.response
  const score = record ? gradeResponse(spec, record.response) : undefined
  // Editing after a check hides the verdict until the next check; so does a
  // saved response that no longer fits the question.
  const current = record !== undefined && !saved.stale && (draft === undefined || sameResponse(record.response, draft.value))
  const verdict = current && score !== undefined ? verdictOf(score) : undefined
  // "Show solution" is never offered while the last check was right, even if the response was edited since.
  const lastCheckRight = score === 1
  const hints = input.hints ?? { available: 0, shown: 0 }
  const wrongNow = verdict === 'wrong' || verdict === 'partial'
  return {
    ...base(input, solutionShown ? solutionOf(spec) : shown),
    ...(verdict ? { verdict, score, tries: checks } : {}),
    ...(solutionShown && spec.type === 'short' ? { acceptedAnswers: spec.accept } : {}),
    // Whether the student's own response can be checked (the solution on screen is not theirs).
    complete: isComplete(spec, shown),
    locked: solutionShown,
    marks: verdict !== undefined || solutionShown,
    revealCorrect: solutionShown,
    checks,
    solutionShown,
    showExplanation: solutionShown || verdict === 'correct',
    hintsShown: hints.shown,
    actions: solutionShown ? NO_ACTIONS : {
      edit: 'screen',
      check: true,
      offerHint: wrongNow && hints.shown < hints.available,
      offerSolution: !lastCheckRight && checks >= spec.solutionAfter,
    },
  }
}

/** What a question shows in a mode. Pure: the same input always gives the same view. */
export function questionView(input: QuestionViewInput): QuestionView {
  const { spec } = input
  const blank = blankResponse(spec, input.startOrder)
  switch (input.mode) {
    case 'practice':
      return practiceView(input)
    case 'assessment-draft':
      return { ...base(input, fitResponse(spec, input.draft?.value, blank).response), locked: false, actions: { ...NO_ACTIONS, edit: 'assessment' } }
    case 'assessment-review': {
      const response = fitResponse(spec, input.submitted, blank).response
      const score = gradeResponse(spec, input.submitted)
      return { ...base(input, response), verdict: verdictOf(score), score, marks: true, revealCorrect: true, showExplanation: true }
    }
    case 'classroom': {
      const revealed = input.revealed === true
      return { ...base(input, revealed ? solutionOf(spec) : blank), marks: revealed, revealCorrect: revealed, showExplanation: revealed }
    }
    case 'print-slide':
      return base(input, blank)
    case 'print-slide-prompt':
      return { ...base(input, blank), answerArea: false }
    case 'print-worksheet':
      return { ...base(input, blank), numbered: true }
    case 'print-answers':
      return {
        ...base(input, solutionOf(spec)),
        ...(spec.type === 'short' ? { acceptedAnswers: spec.accept } : {}),
        numbered: true,
        revealCorrect: true,
        showExplanation: true,
      }
  }
}

/** The mode of a question on screen, from where it is: in class, in a self-assessment (answering or reviewing), or neither. */
export function screenModeOf(inClass: boolean, assessment: 'draft' | 'review' | null): QuestionMode {
  if (inClass) return 'classroom'
  if (assessment === 'draft') return 'assessment-draft'
  return assessment === 'review' ? 'assessment-review' : 'practice'
}

/** The mode of a printed question, from the handout being printed. */
export function printModeOf(handout: 'slide' | 'worksheet' | 'answers', promptOnly: boolean): QuestionMode {
  if (handout === 'slide') return promptOnly ? 'print-slide-prompt' : 'print-slide'
  return handout === 'answers' ? 'print-answers' : 'print-worksheet'
}
