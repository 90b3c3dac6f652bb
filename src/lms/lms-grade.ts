import type { ProgressData } from '../store/progress-types.ts'
import { assessmentResult } from '../store/selectors.ts'
import type { CourseShape } from './course-shape.ts'

export const DEFAULT_PASS_PERCENT = 50

export type LessonStatus = 'incomplete' | 'passed' | 'failed'

export interface LmsGrade {
  /** 0–100: the mean of every self-assessment's best grade ×10, one not yet taken counting 0. */
  score: number
  /** incomplete until every self-assessment has been submitted once. */
  status: LessonStatus
  submissions: number
}

/**
 * What the gradebook gets. Unlike the course average the student sees (the
 * mean of the lessons taken), a lesson not taken counts 0, so the grade rises
 * as the student advances and never rewards stopping after one good lesson.
 */
export function lmsGrade(data: ProgressData, shape: CourseShape, passPercent = DEFAULT_PASS_PERCENT): LmsGrade {
  const results = shape.assessmentIds.map((id) => assessmentResult(data.assessments[id], id, shape.assessmentSpecs.get(id) ?? []))
  const total = results.reduce((sum, result) => sum + (result.best ?? 0), 0)
  const score = results.length === 0 ? 0 : Math.round((total / results.length) * 10 * 100) / 100
  const finished = results.every((result) => result.attempts > 0)
  return {
    score,
    status: !finished ? 'incomplete' : score >= passPercent ? 'passed' : 'failed',
    submissions: results.reduce((sum, result) => sum + result.attempts, 0),
  }
}
