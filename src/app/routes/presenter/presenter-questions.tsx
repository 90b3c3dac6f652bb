import { type ClassroomStore, toggleRevealed } from '../../../deck/classroom-state.ts'
import { useClassroomState } from '../../../deck-react/classroom-context.ts'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import type { QuestionSpec } from '../../../quiz/model.ts'

/** Reveal or hide, on the projector, the answer of each question on the current slide. */
export function PresenterQuestions({ questions, classroom }: { questions: readonly QuestionSpec[]; classroom: ClassroomStore }) {
  const t = useStrings().presenter
  const { revealed } = useClassroomState()
  if (questions.length === 0) return null
  return (
    <section className="presenter-questions" aria-labelledby="presenter-questions-title">
      <h2 id="presenter-questions-title">{t.questionsHere}</h2>
      <ol>
        {questions.map((question) => {
          const shown = revealed.includes(question.id)
          return (
            <li key={question.id}>
              <code>{question.id}</code>{' '}
              <button type="button" className="button"
                onClick={() => classroom.set({ revealed: toggleRevealed(classroom.get().revealed, question.id) })}>
                {shown ? t.hide : t.reveal}
              </button>
            </li>
          )
        })}
      </ol>
      <p className="presenter-note">{t.classroomNote}</p>
    </section>
  )
}
