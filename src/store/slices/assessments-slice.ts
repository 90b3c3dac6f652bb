import type { AssessmentRecord } from '../progress-types.ts'
import type { SliceTools } from './slice-tools.ts'

const NOT_STARTED: AssessmentRecord = { draft: {}, submissions: [] }

/** End-of-lesson self-assessments: the answers being given (draft) and every submission. */
export interface AssessmentsSlice {
  assessments: Record<string, AssessmentRecord>
  setAssessmentDraft(assessmentId: string, questionId: string, response: unknown): void
  /** Submits the draft's answers to this self-assessment's questions and clears it; earlier submissions are kept. */
  submitAssessment(assessmentId: string): void
}

/** @param questionsOf the question ids of a self-assessment (from the course catalog) */
export function createAssessmentsSlice(
  { set, get, now }: SliceTools<AssessmentsSlice>,
  questionsOf: (assessmentId: string) => readonly string[],
): AssessmentsSlice {
  const update = (assessmentId: string, change: (record: AssessmentRecord) => AssessmentRecord) =>
    set({ assessments: { ...get().assessments, [assessmentId]: change(get().assessments[assessmentId] ?? NOT_STARTED) } })
  return {
    assessments: {},
    setAssessmentDraft(assessmentId, questionId, response) {
      update(assessmentId, (record) => ({ ...record, draft: { ...record.draft, [questionId]: response } }))
    },
    submitAssessment(assessmentId) {
      update(assessmentId, (record) => {
        const responses = Object.fromEntries(questionsOf(assessmentId).filter((id) => id in record.draft).map((id) => [id, record.draft[id]]))
        return { draft: {}, submissions: [...record.submissions, { at: now(), responses }] }
      })
    },
  }
}
