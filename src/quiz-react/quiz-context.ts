import { createContext, useContext } from 'react'
import type { QuestionSpec } from '../quiz/model.ts'

/** The answer keys of the lesson being shown, by question id. */
export const LessonQuizContext = createContext<{ lessonId: string; specs: ReadonlyMap<string, QuestionSpec> }>({
  lessonId: '',
  specs: new Map(),
})

/**
 * Set by <SelfAssessment> for the questions inside it: they collect a draft
 * instead of checking, and show the verdict only when reviewing a submission.
 */
export interface AssessmentBinding {
  assessmentId: string
  reviewing: boolean
  responses: Record<string, unknown>
  setResponse: (questionId: string, response: unknown) => void
}

export const AssessmentContext = createContext<AssessmentBinding | null>(null)

export function useQuestionSpec(id: string): QuestionSpec | undefined {
  return useContext(LessonQuizContext).specs.get(id)
}

/** Prefix for element ids, when one page renders the same lesson more than once (presenter console). */
export const IdScopeContext = createContext('')
