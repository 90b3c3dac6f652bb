import { gradeResponse } from '../quiz/grading.ts'
import type { QuestionSpec } from '../quiz/model.ts'
import type { AssessmentRecord, AssessmentSubmission, ProgressData } from './progress-types.ts'

/** Score of an embedded question: its last checked response, or 0 once the solution was shown. */
export function selectQuestionScore(state: ProgressData, spec: QuestionSpec): number | undefined {
  const answer = state.answers[spec.id]
  if (!answer) return undefined
  if (answer.solutionShownAt !== undefined) return 0
  return gradeResponse(spec, answer.response)
}

export interface QuizScore {
  /** Questions checked at least once. */
  answered: number
  total: number
  /** Sum of question scores (each 0–1). */
  earned: number
}

/** The embedded (not self-assessment) questions of a lesson, scored. */
export function selectEmbeddedScore(state: ProgressData, questions: readonly QuestionSpec[]): QuizScore {
  const embedded = questions.filter((question) => !question.assessment)
  let answered = 0
  let earned = 0
  for (const spec of embedded) {
    const score = selectQuestionScore(state, spec)
    if (score === undefined) continue
    answered += 1
    earned += score
  }
  return { answered, total: embedded.length, earned }
}

/** Grade on the Spanish 0–10 scale, one decimal: the mean question score times ten. */
export function gradeOutOfTen(specs: readonly QuestionSpec[], responses: Record<string, unknown>): number {
  if (specs.length === 0) return 0
  const total = specs.reduce((sum, spec) => sum + gradeResponse(spec, responses[spec.id]), 0)
  return Math.round((total / specs.length) * 100) / 10
}

/** A submission's grade out of ten: from its responses, or the grade kept when they were not. */
export function submissionGrade(submission: AssessmentSubmission, specs: readonly QuestionSpec[]): number {
  return submission.grade ?? gradeOutOfTen(specs, submission.responses)
}

export interface AssessmentResult {
  attempts: number
  best?: number
  last?: number
  lastAt?: number
}

/** Best and last grades of a self-assessment from its saved submissions. */
export function assessmentResult(record: AssessmentRecord | undefined, assessmentId: string, specs: readonly QuestionSpec[]): AssessmentResult {
  const submissions = record?.submissions ?? []
  const inAssessment = specs.filter((spec) => spec.assessment === assessmentId)
  const grades = submissions.map((submission) => submissionGrade(submission, inAssessment))
  const lastSubmission = submissions[submissions.length - 1]
  return {
    attempts: submissions.length,
    ...(grades.length > 0 ? { best: Math.max(...grades), last: grades[grades.length - 1] } : {}),
    ...(lastSubmission ? { lastAt: lastSubmission.at } : {}),
  }
}

export function assessmentIdsOf(questions: readonly QuestionSpec[]): string[] {
  return [...new Set(questions.flatMap((question) => (question.assessment ? [question.assessment] : [])))]
}

export function selectVisitedCount(state: ProgressData, lessonId: string): number {
  return state.visits[lessonId]?.length ?? 0
}
