import { type FormEvent, type ReactNode, useContext, useMemo } from 'react'
import { formatPercent } from '../i18n/format.ts'
import { useLang } from '../i18n-react/lang-context.ts'
import { useStrings } from '../i18n-react/use-strings.ts'
import { byQuestionComponent, type QuestionSpec, type QuestionType } from '../quiz/model.ts'
import type { QuestionView, Verdict } from '../quiz/question-view.ts'
import { stableShuffle } from '../quiz/shuffle.ts'
import { AnswerInput, type QuestionIds, type ShuffledParts } from './answer-inputs.tsx'
import { collectParts, type QuestionParts } from './parts.tsx'
import { IdScopeContext, useQuestionSpec } from './quiz-context.ts'
import { useQuestionView } from './use-question-view.ts'
import { useShuffleSeed } from './use-shuffle-seed.ts'

const VERDICT_ICONS: Record<Verdict, string> = { correct: '✔', partial: '◐', wrong: '✘' }

interface QuestionProps {
  id: string
  type: QuestionType
  children?: ReactNode
}

/** Any embedded question: the input for its type, "Comprobar", feedback, hints, solution and explanation. */
export function Question({ id, type, children }: QuestionProps) {
  const t = useStrings().quiz
  const spec = useQuestionSpec(id)
  const parts = useMemo(() => collectParts(children), [children])
  if (!spec || spec.type !== type) {
    return <p className="quiz-error" role="alert">{t.unavailable(id)}</p>
  }
  return <QuestionBody spec={spec} parts={parts} />
}

/** The student's own order of options, items and right-hand choices. */
function useShuffled(spec: QuestionSpec, parts: QuestionParts): ShuffledParts {
  const t = useStrings().quiz
  const seed = `${useShuffleSeed()}:${spec.id}`
  const options = useMemo(() => {
    if (spec.type === 'truefalse') return [{ key: 'true', content: t.trueLabel }, { key: 'false', content: t.falseLabel }]
    return stableShuffle(parts.options, seed)
  }, [spec.type, parts.options, seed, t])
  const items = useMemo(() => stableShuffle(parts.items.map((item) => item.key), seed), [parts.items, seed])
  const rightChoices = useMemo(() => {
    const labels = [...new Set(parts.pairs.map((pair) => pair.right))]
    return stableShuffle(labels.map((label, index) => ({ key: String(index), label })), seed)
  }, [parts.pairs, seed])
  return useMemo(() => ({ options, items, rightChoices }), [options, items, rightChoices])
}

function QuestionBody({ spec, parts }: { spec: QuestionSpec; parts: QuestionParts }) {
  const t = useStrings().quiz
  const shuffled = useShuffled(spec, parts)
  const { view, message, setResponse, check, showHint, showSolution } = useQuestionView(spec, { hintCount: parts.hints.length, startOrder: shuffled.items })
  const base = `${useContext(IdScopeContext)}q-${spec.id}`
  const ids: QuestionIds = { base, prompt: `${base}-prompt`, status: `${base}-status` }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    check()
  }

  return (
    <form className="quiz" data-question-type={spec.type} data-verdict={view.verdict} onSubmit={submit} aria-labelledby={ids.prompt} noValidate>
      <div id={ids.prompt} className="quiz-prompt">{parts.prompt}</div>
      <AnswerInput spec={spec} view={view} ids={ids} parts={parts} shuffled={shuffled} onChange={setResponse} />
      {view.actions.check && (
        <p className="quiz-actions">
          <button type="submit" className="button">{t.check}</button>
          {view.actions.offerHint && <button type="button" className="button button-secondary" onClick={showHint}>{t.showHint}</button>}
          {view.actions.offerSolution && <button type="button" className="button button-secondary" onClick={showSolution}>{t.showSolution}</button>}
        </p>
      )}
      <div id={ids.status} role="status" className="quiz-status">
        {message && <p className="quiz-message">{message}</p>}
        <QuestionStatusText view={view} />
      </div>
      {parts.hints.slice(0, view.hintsShown).map((hint, index) => (
        <div key={index} className="quiz-hint">
          <p className="quiz-hint-title"><span aria-hidden="true">💡</span> {t.hint}</p>
          {hint}
        </div>
      ))}
      {view.showExplanation && (
        <div className="quiz-explanation">
          <p className="quiz-explanation-title">{t.explanation}</p>
          {parts.explanation}
        </div>
      )}
    </form>
  )
}

/** The verdict and tries, or that the solution was shown (with every accepted answer). */
function QuestionStatusText({ view }: { view: QuestionView }) {
  const t = useStrings().quiz
  const lang = useLang()
  const { verdict } = view
  return (
    <>
      {verdict && (
        <p className={`quiz-verdict verdict-${verdict}`}>
          <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span>{' '}
          {verdict === 'correct' ? t.correct : verdict === 'partial' ? t.partial(formatPercent(view.score ?? 0, lang)) : t.wrong}
          {view.tries !== undefined && <span className="quiz-tries"> · {t.tries(view.tries)}</span>}
        </p>
      )}
      {view.solutionShown && <p className="quiz-verdict">{t.solutionShown}</p>}
      {view.acceptedAnswers && (
        <p>{t.acceptedAnswers}: {view.acceptedAnswers.map((answer) => <code key={answer}>{answer}</code>).reduce<ReactNode[]>((list, item, index) => (index ? [...list, ', ', item] : [item]), [])}</p>
      )}
    </>
  )
}

/** The six question components of the MDX components map (`SingleChoice`, …), one per question type. */
export const QUESTION_MDX_COMPONENTS = byQuestionComponent((type, name) => {
  const Component = ({ id, children }: { id: string; children?: ReactNode }) => <Question id={id} type={type}>{children}</Question>
  Component.displayName = name
  return Component
})

export const { SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Matching, Ordering } = QUESTION_MDX_COMPONENTS
