import type { AnswerRecord } from '../store/progress-types.ts'
import { gradeResponse } from './grading.ts'
import type { QuestionSpec } from './model.ts'

export type Verdict = 'correct' | 'partial' | 'wrong'

export function verdictOf(score: number): Verdict {
  if (score >= 1) return 'correct'
  return score > 0 ? 'partial' : 'wrong'
}

export interface QuestionStatus {
  /** Verdict of the last check, when the response on screen is the one checked. */
  verdict?: Verdict
  score?: number
  checks: number
  solutionShown: boolean
  /** The explanation is shown once the answer is right or the solution was shown. */
  showExplanation: boolean
  /** Hints are offered after a wrong or partly wrong check. */
  offerHint: boolean
  /** "Show solution" is offered after `solutionAfter` checks without a right answer. */
  offerSolution: boolean
}

function sameResponse(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * What a practice question shows, from what was saved and what is on screen.
 * Editing the response after a check hides the verdict until the next check.
 */
export function questionStatus(spec: QuestionSpec, record: AnswerRecord | undefined, onScreen: unknown): QuestionStatus {
  const checks = record?.checks ?? 0
  const solutionShown = record?.solutionShownAt !== undefined
  const current = record !== undefined && sameResponse(record.response, onScreen)
  const score = record ? gradeResponse(spec, record.response) : undefined
  const verdict = current && score !== undefined ? verdictOf(score) : undefined
  const lastCheckRight = score === 1
  return {
    ...(verdict ? { verdict, score } : {}),
    checks,
    solutionShown,
    showExplanation: solutionShown || (verdict === 'correct'),
    offerHint: verdict === 'wrong' || verdict === 'partial',
    offerSolution: !solutionShown && !lastCheckRight && checks >= spec.solutionAfter,
  }
}
