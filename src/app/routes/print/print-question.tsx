import { Children, createContext, isValidElement, type ReactNode, useContext, useMemo } from 'react'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import { collectParts, type QuestionParts } from '../../../quiz-react/parts.tsx'
import { LessonQuizContext, useQuestionSpec } from '../../../quiz-react/quiz-context.ts'
import { byQuestionComponent, type QuestionSpec, type QuestionType } from '../../../quiz/model.ts'
import { printModeOf, questionView } from '../../../quiz/question-view.ts'
import { PrintAnswerBody } from './print-answer-body.tsx'
import { printChoices } from './print-choices.ts'

/**
 * How questions are printed. `slide`: as on the projected slide, without
 * answers; `worksheet`: numbered, with boxes and lines to fill in;
 * `answers`: the worksheet filled in, with the explanation.
 */
export type PrintQuizMode = 'slide' | 'worksheet' | 'answers'
export const PrintQuizContext = createContext<PrintQuizMode>('worksheet')

/** Set inside a self-assessment printed on a slide, where only the prompts fit. */
export const PromptsOnlyContext = createContext(false)

/** Position of a question in the lesson (1-based), as numbered on the worksheet and the answer key. */
function useQuestionNumber(id: string): number {
  const { specs } = useContext(LessonQuizContext)
  return [...specs.keys()].indexOf(id) + 1
}

function instructionOf(spec: QuestionSpec, parts: QuestionParts, t: ReturnType<typeof useStrings>['print']): string {
  const base = t.instructions[spec.type]
  if (spec.type !== 'matching') return base
  const rights = new Set(parts.pairs.map((pair) => pair.right))
  return rights.size < parts.pairs.length ? `${base} ${t.lettersRepeat}` : base
}

/** A question of the lesson on paper: what the MDX question components become on the print page. */
export function PrintQuestion({ id, type, children }: { id: string; type: QuestionType; children?: ReactNode }) {
  const t = useStrings()
  const handout = useContext(PrintQuizContext)
  const promptsOnly = useContext(PromptsOnlyContext)
  const spec = useQuestionSpec(id)
  const number = useQuestionNumber(id)
  const parts = useMemo(() => collectParts(children), [children])
  const choices = useMemo(() => (spec ? printChoices(spec, parts) : undefined), [spec, parts])
  if (!spec || spec.type !== type || !choices) {
    return <p className="quiz-error" role="alert">{t.quiz.unavailable(id)}</p>
  }
  const view = questionView({ mode: printModeOf(handout, promptsOnly), spec })
  if (!view.answerArea) return <div className="pq-prompt">{parts.prompt}</div>
  const headingId = `print-${spec.id}`
  return (
    <div className="pq" data-question-type={spec.type} data-mode={handout} role={view.numbered ? 'group' : undefined} aria-labelledby={view.numbered ? headingId : undefined}>
      {view.numbered && <h4 id={headingId} className="pq-number">{t.print.questionNumber(number)}</h4>}
      <div className="pq-prompt">{parts.prompt}</div>
      <p className="pq-instruction">{instructionOf(spec, parts, t.print)}</p>
      <PrintAnswerBody spec={spec} choices={choices} filled={view.revealCorrect} />
      {view.showExplanation && (
        <div className="pq-explanation">
          <p className="pq-explanation-title">{t.quiz.explanation}</p>
          {parts.explanation}
        </div>
      )}
    </div>
  )
}

/** The self-assessment on paper: its questions (worksheet, answer key) or just their prompts (slide). */
export function PrintSelfAssessment({ id, children }: { id: string; children?: ReactNode }) {
  const t = useStrings()
  const mode = useContext(PrintQuizContext)
  const { specs } = useContext(LessonQuizContext)
  const count = [...specs.values()].filter((spec) => spec.assessment === id).length
  if (mode === 'slide') {
    return (
      <div className="print-assessment print-assessment-slide">
        <p className="pq-instruction">{t.print.assessmentOnSlide(count)}</p>
        <PromptsOnlyContext.Provider value>
          <ol className="pq-prompts">{wrapInItems(children)}</ol>
        </PromptsOnlyContext.Provider>
      </div>
    )
  }
  return (
    <section className="print-assessment" aria-labelledby={`print-${id}`}>
      <h3 id={`print-${id}`}>{t.quiz.selfAssessment}</h3>
      <p className="pq-instruction">{t.print.assessmentIntro(count)}</p>
      {children}
    </section>
  )
}

function wrapInItems(children: ReactNode): ReactNode[] {
  return Children.toArray(children).filter(isValidElement).map((child, index) => <li key={child.key ?? index}>{child}</li>)
}

/** Replacements for the question components of the MDX components map. */
export const PRINT_QUESTION_COMPONENTS = {
  ...byQuestionComponent((type, name) => {
    const Component = ({ id, children }: { id: string; children?: ReactNode }) => <PrintQuestion id={id} type={type}>{children}</PrintQuestion>
    Component.displayName = `Print${name}`
    return Component
  }),
  SelfAssessment: PrintSelfAssessment,
}
