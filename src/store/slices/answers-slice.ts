import type { AnswerRecord } from '../progress-types.ts'
import type { SliceTools } from './slice-tools.ts'

/** Embedded questions: the last checked response, how many checks, and whether the solution was shown. */
export interface AnswersSlice {
  answers: Record<string, AnswerRecord>
  /** "Comprobar": saves the response and counts the try. */
  checkAnswer(questionId: string, response: unknown): void
  /** Once per question, after at least one check; the question then earns nothing. */
  showSolution(questionId: string): void
}

export function createAnswersSlice({ set, get, now }: SliceTools<AnswersSlice>): AnswersSlice {
  return {
    answers: {},
    checkAnswer(questionId, response) {
      const at = now()
      const previous = get().answers[questionId]
      const record: AnswerRecord = {
        response,
        checks: (previous?.checks ?? 0) + 1,
        firstCheckedAt: previous?.firstCheckedAt ?? at,
        lastCheckedAt: at,
        ...(previous?.solutionShownAt ? { solutionShownAt: previous.solutionShownAt } : {}),
      }
      set({ answers: { ...get().answers, [questionId]: record } })
    },
    showSolution(questionId) {
      const previous = get().answers[questionId]
      if (!previous || previous.solutionShownAt) return
      set({ answers: { ...get().answers, [questionId]: { ...previous, solutionShownAt: now() } } })
    },
  }
}
