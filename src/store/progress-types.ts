/** What the student did with one embedded question. Scores are derived, never stored. */
export interface AnswerRecord {
  /** The last checked response (shape depends on the question type). */
  response: unknown
  /** How many times the student pressed "Comprobar". */
  checks: number
  firstCheckedAt: number
  lastCheckedAt: number
  /** When the student asked to see the solution; the question then counts as not earned. */
  solutionShownAt?: number
}

export interface AssessmentSubmission {
  at: number
  responses: Record<string, unknown>
  /**
   * The grade out of ten, set only when the responses were not kept (progress
   * restored from an LMS keeps each submission's grade, not its answers).
   */
  grade?: number
}

export interface AssessmentRecord {
  /** Answers being given, before submitting. */
  draft: Record<string, unknown>
  submissions: AssessmentSubmission[]
}

/** Something found in saved progress that could not be used; kept, never deleted. */
export interface SetAsideEntry {
  at: number
  where: string
  reason: string
  value: unknown
}

export interface ProgressData {
  /** Per-student seed for shuffling options (stable across reloads). */
  seed: string
  answers: Record<string, AnswerRecord>
  assessments: Record<string, AssessmentRecord>
  /** Slide indexes the student has seen, per lesson id. */
  visits: Record<string, number[]>
  setAside: SetAsideEntry[]
}

export const PROGRESS_VERSION = 2

export function emptyProgress(): ProgressData {
  return { seed: '', answers: {}, assessments: {}, visits: {}, setAside: [] }
}

/**
 * The persisted part of anything holding progress (the store's state, with its
 * actions and notice): what is saved, exported, sent to the LMS and shown on
 * the progress page. The one list of persisted fields.
 */
export function toProgressData(state: ProgressData): ProgressData {
  const { seed, answers, assessments, visits, setAside } = state
  return { seed, answers, assessments, visits, setAside }
}
