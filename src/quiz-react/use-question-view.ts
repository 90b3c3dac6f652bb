import { useContext, useState } from 'react'
import { useClassroomState } from '../deck-react/classroom-context.ts'
import { useStrings } from '../i18n-react/use-strings.ts'
import { useProgress, useProgressStore } from '../store-react/progress-context.tsx'
import type { QuestionSpec } from '../quiz/model.ts'
import { type Draft, type QuestionView, questionView, screenModeOf } from '../quiz/question-view.ts'
import { AssessmentContext } from './quiz-context.ts'

export interface QuestionController {
  view: QuestionView
  /** A message for the status region ("answer before checking"), cleared by the next edit. */
  message: string
  setResponse(response: unknown): void
  check(): void
  showHint(): void
  showSolution(): void
}

/**
 * Gathers what a question on screen depends on (where it is, what was saved,
 * what is being edited) into its view, and the few things the student can do.
 */
export function useQuestionView(spec: QuestionSpec, { hintCount, startOrder }: { hintCount: number; startOrder: readonly string[] }): QuestionController {
  const t = useStrings().quiz
  const assessment = useContext(AssessmentContext)
  const classroom = useClassroomState()
  const progressStore = useProgressStore()
  const record = useProgress((state) => state.answers[spec.id])
  const [localDraft, setLocalDraft] = useState<Draft | null>(null)
  const [hintsShown, setHintsShown] = useState(0)
  const [message, setMessage] = useState('')

  const mode = screenModeOf(classroom.presented, assessment ? (assessment.reviewing ? 'review' : 'draft') : null)
  const inAssessment = assessment !== null && spec.id in assessment.responses
  const view = questionView({
    mode,
    spec,
    record,
    draft: assessment ? (inAssessment ? { value: assessment.responses[spec.id] } : undefined) : localDraft ?? undefined,
    submitted: assessment?.responses[spec.id],
    revealed: classroom.revealed.includes(spec.id),
    startOrder,
    hints: { available: hintCount, shown: hintsShown },
  })

  return {
    view,
    message,
    setResponse(response) {
      setMessage('')
      if (view.actions.edit === 'screen') setLocalDraft({ value: response })
      else if (view.actions.edit === 'assessment') assessment?.setResponse(spec.id, response)
    },
    check() {
      if (!view.actions.check) return
      if (!view.complete) {
        setMessage(t.chooseFirst)
        return
      }
      progressStore.getState().checkAnswer(spec.id, view.response)
      setLocalDraft(null)
      setMessage('')
    },
    showHint: () => setHintsShown((shown) => Math.min(shown + 1, hintCount)),
    showSolution: () => progressStore.getState().showSolution(spec.id),
  }
}
