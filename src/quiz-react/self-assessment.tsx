import { Children, isValidElement, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { useClassroomState } from '../deck-react/classroom-context.ts'
import { useDeckView } from '../deck-react/deck-context.tsx'
import { formatGrade } from '../i18n/format.ts'
import { useLang } from '../i18n-react/lang-context.ts'
import { useStrings } from '../i18n-react/use-strings.ts'
import { useProgress, useProgressStore } from '../store-react/progress-context.tsx'
import { assessmentResult, submissionGrade } from '../store/selectors.ts'
import { countUnanswered } from '../quiz/question-view.ts'
import { AssessmentContext, LessonQuizContext } from './quiz-context.ts'
import { RESTORED_ATTEMPT } from './restored-attempt-labels.ts'

const NO_RESPONSES: Record<string, unknown> = {}

/**
 * The end-of-lesson self-assessment: answers are collected without feedback,
 * submitted together and graded 0–10; every submission is kept (best and last).
 * In the presentation it shows one question at a time.
 */
export function SelfAssessment({ id, children }: { id: string; children?: ReactNode }) {
  const t = useStrings().quiz
  const lang = useLang()
  const view = useDeckView()
  const inClass = useClassroomState().presented
  const { specs } = useContext(LessonQuizContext)
  const questions = useMemo(() => [...specs.values()].filter((spec) => spec.assessment === id), [specs, id])
  const progress = useProgressStore()
  const record = useProgress((state) => state.assessments[id])
  const [retaking, setRetaking] = useState(false)
  const [page, setPage] = useState(0)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const justSubmitted = useRef(false)

  const result = useMemo(() => assessmentResult(record, id, questions), [record, id, questions])
  const draft = record?.draft ?? NO_RESPONSES
  const submissions = record?.submissions ?? []
  const lastSubmission = submissions[submissions.length - 1]
  const reviewing = lastSubmission !== undefined && Object.keys(draft).length === 0 && !retaking
  // Restored from an LMS, which keeps the grade but not the answers: nothing to mark question by question.
  const answersKept = !reviewing || lastSubmission.grade === undefined
  const responses = reviewing ? lastSubmission.responses : draft
  const unanswered = countUnanswered(questions, draft)

  useEffect(() => {
    if (reviewing && justSubmitted.current) {
      justSubmitted.current = false
      resultRef.current?.focus()
    }
  }, [reviewing])

  const binding = useMemo(() => ({
    assessmentId: id,
    reviewing,
    responses,
    setResponse: (questionId: string, response: unknown) => progress.getState().setAssessmentDraft(id, questionId, response),
  }), [id, reviewing, responses, progress])

  const items = Children.toArray(children).filter(isValidElement)
  const paged = view.mode === 'present'
  const shown = paged ? items.slice(page, page + 1) : items
  const submit = () => {
    justSubmitted.current = true
    setRetaking(false)
    setPage(0)
    progress.getState().submitAssessment(id)
  }
  const grade = reviewing ? submissionGrade(lastSubmission, questions) : undefined

  return (
    <section className="self-assessment" aria-label={t.selfAssessment}>
      {reviewing && grade !== undefined && !inClass ? (
        <div className="assessment-result">
          <h3 ref={resultRef} tabIndex={-1} className="assessment-grade">
            {t.grade}: {t.gradeValue(formatGrade(grade, lang))}
          </h3>
          {result.best !== undefined && result.last !== undefined && (
            <p>{t.bestAndLast(formatGrade(result.best, lang), formatGrade(result.last, lang), result.attempts)}</p>
          )}
          {!answersKept && <p>{RESTORED_ATTEMPT[lang]}</p>}
          <button type="button" className="button" onClick={() => { setRetaking(true); setPage(0) }}>{t.retake}</button>
        </div>
      ) : (
        <p className="assessment-intro">
          {t.selfAssessmentIntro(questions.length)}
          {paged && <strong> {t.questionOf(page + 1, items.length)}</strong>}
        </p>
      )}
      {answersKept && (
        <AssessmentContext.Provider value={binding}>
          {paged && reviewing && <p className="assessment-page">{t.questionOf(page + 1, items.length)}</p>}
          <ol className="assessment-questions" start={paged ? page + 1 : 1}>
            {shown.map((item, index) => <li key={item.key ?? index}>{item}</li>)}
          </ol>
        </AssessmentContext.Provider>
      )}
      <p className="assessment-pager">
        {paged && answersKept && (
          <>
            <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>{t.previousQuestion}</button>
            <button type="button" className="button button-secondary" disabled={page >= items.length - 1} onClick={() => setPage(page + 1)}>{t.nextQuestion}</button>
          </>
        )}
        {!reviewing && !inClass && <button type="button" className="button" onClick={submit}>{t.submit}</button>}
        {!reviewing && !inClass && unanswered > 0 && <span className="assessment-warning">{t.unanswered(unanswered)}</span>}
      </p>
    </section>
  )
}
