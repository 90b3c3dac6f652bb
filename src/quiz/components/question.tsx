import { type FormEvent, type ReactNode, useContext, useMemo, useState } from 'react'
import { formatPercent } from '../../i18n/format.ts'
import { useLang } from '../../i18n/lang-context.ts'
import { useStrings } from '../../i18n/use-strings.ts'
import { useProgress, useProgressStore } from '../../store-react/progress-context.tsx'
import { isComplete, solutionOf } from '../grading.ts'
import type { QuestionSpec, QuestionType } from '../model.ts'
import { type Verdict, questionStatus, verdictOf } from '../question-status.ts'
import { gradeResponse } from '../grading.ts'
import { stableShuffle } from '../shuffle.ts'
import { useClassroomState } from '../../deck-react/classroom-context.ts'
import { ChoiceInput } from './choice-input.tsx'
import { MatchingInput } from './matching-input.tsx'
import { OrderingInput } from './ordering-input.tsx'
import { collectParts, type QuestionParts } from './parts.tsx'
import { AssessmentContext, IdScopeContext, useQuestionSpec } from './quiz-context.ts'
import { ShortInput } from './short-input.tsx'
import { useShuffleSeed } from './use-shuffle-seed.ts'

const VERDICT_ICONS: Record<Verdict, string> = { correct: '✔', partial: '◐', wrong: '✘' }

function defaultResponse(spec: QuestionSpec, shuffledItems: string[]): unknown {
  switch (spec.type) {
    case 'multiple':
      return []
    case 'matching':
      return {}
    case 'ordering':
      return shuffledItems
    case 'short':
      return ''
    default:
      return undefined
  }
}

/** Choice keys on screen for a response (radio and checkbox state). */
function selectedKeys(spec: QuestionSpec, response: unknown): string[] {
  if (spec.type === 'truefalse') return typeof response === 'boolean' ? [String(response)] : []
  if (spec.type === 'single') return typeof response === 'string' ? [response] : []
  return Array.isArray(response) ? (response as string[]) : []
}

function responseFromKeys(spec: QuestionSpec, keys: string[]): unknown {
  if (spec.type === 'truefalse') return keys[0] === 'true'
  if (spec.type === 'single') return keys[0]
  // Picks in option order, not click order: the same picks are the same answer.
  return spec.type === 'multiple' ? [...keys].sort((a, b) => Number(a) - Number(b)) : keys
}

interface QuestionProps {
  id: string
  type: QuestionType
  children?: ReactNode
}

/** Any embedded question: the input for its type, "Comprobar", feedback, hints, solution and explanation. */
export function Question({ id, type, children }: QuestionProps) {
  const t = useStrings()
  const spec = useQuestionSpec(id)
  const parts = useMemo(() => collectParts(children), [children])
  if (!spec || spec.type !== type) {
    return <p className="quiz-error" role="alert">{t.quiz.unavailable(id)}</p>
  }
  return <QuestionBody spec={spec} parts={parts} />
}

function QuestionBody({ spec, parts }: { spec: QuestionSpec; parts: QuestionParts }) {
  const t = useStrings().quiz
  const lang = useLang()
  const assessment = useContext(AssessmentContext)
  const seed = useShuffleSeed()
  const progress = useProgressStore()
  const record = useProgress((state) => state.answers[spec.id])
  const [draft, setDraft] = useState<{ value: unknown } | null>(null)
  const [hintsShown, setHintsShown] = useState(0)
  const [message, setMessage] = useState('')

  const shuffleSeed = `${seed}:${spec.id}`
  const options = useMemo(() => {
    if (spec.type === 'truefalse') return [{ key: 'true', content: t.trueLabel }, { key: 'false', content: t.falseLabel }]
    return stableShuffle(parts.options, shuffleSeed)
  }, [spec.type, parts.options, shuffleSeed, t])
  const shuffledItems = useMemo(() => stableShuffle(parts.items.map((item) => item.key), shuffleSeed), [parts.items, shuffleSeed])
  const rightChoices = useMemo(() => {
    const labels = [...new Set(parts.pairs.map((pair) => pair.right))]
    return stableShuffle(labels.map((label, index) => ({ key: String(index), label })), shuffleSeed)
  }, [parts.pairs, shuffleSeed])

  // In class (a presenter console is driving the deck) nothing is recorded and
  // the answer shows only when the teacher reveals it.
  const classroom = useClassroomState()
  const inClass = classroom.presented
  const revealedInClass = inClass && classroom.revealed.includes(spec.id)
  const practice = assessment === null && !inClass
  const status = practice ? questionStatus(spec, record, draft ? draft.value : record?.response) : undefined
  const solutionShown = status?.solutionShown ?? false
  let response: unknown
  if (inClass) response = revealedInClass ? solutionOf(spec) : defaultResponse(spec, shuffledItems)
  else if (assessment) response = assessment.responses[spec.id] ?? defaultResponse(spec, shuffledItems)
  else if (solutionShown) response = solutionOf(spec)
  else response = draft ? draft.value : record?.response ?? defaultResponse(spec, shuffledItems)

  const reviewing = !inClass && assessment !== null && assessment.reviewing
  const reviewVerdict = reviewing ? verdictOf(gradeResponse(spec, assessment.responses[spec.id])) : undefined
  const verdict = practice ? status?.verdict : reviewVerdict
  const locked = inClass || solutionShown || reviewing
  const showMarks = verdict !== undefined || solutionShown || reviewing || revealedInClass
  const showExplanation = inClass ? revealedInClass : practice ? status?.showExplanation : reviewing

  const setResponse = (value: unknown) => {
    setMessage('')
    if (practice) setDraft({ value })
    else if (assessment && !inClass) assessment.setResponse(spec.id, value)
  }
  const check = (event: FormEvent) => {
    event.preventDefault()
    if (!practice || locked) return
    if (!isComplete(spec, response)) {
      setMessage(t.chooseFirst)
      return
    }
    progress.getState().checkAnswer(spec.id, response)
    setDraft(null)
    setMessage('')
  }

  const idBase = `${useContext(IdScopeContext)}q-${spec.id}`
  const promptId = `${idBase}-prompt`
  const statusId = `${idBase}-status`
  const score = practice ? status?.score : assessment ? gradeResponse(spec, assessment.responses[spec.id]) : undefined

  return (
    <form className="quiz" data-question-type={spec.type} data-verdict={verdict} onSubmit={check} aria-labelledby={promptId} noValidate>
      <div id={promptId} className="quiz-prompt">{parts.prompt}</div>
      {spec.type === 'multiple' && <p className="quiz-rule">{t.multipleRule}</p>}
      {(spec.type === 'single' || spec.type === 'multiple' || spec.type === 'truefalse') && (
        <ChoiceInput
          spec={spec}
          name={idBase}
          labelledBy={promptId}
          options={options}
          selected={selectedKeys(spec, response)}
          onChange={(keys) => setResponse(responseFromKeys(spec, keys))}
          disabled={locked}
          markPicked={showMarks}
          revealCorrect={solutionShown || reviewing || revealedInClass}
        />
      )}
      {spec.type === 'short' && (
        <ShortInput id={`${idBase}-input`} value={typeof response === 'string' ? response : ''} onChange={setResponse} disabled={locked} describedBy={statusId} />
      )}
      {spec.type === 'matching' && (
        <MatchingInput spec={spec} idBase={idBase} choices={rightChoices} lefts={parts.pairs.map((pair) => pair.left)} value={(response as Record<string, string>) ?? {}}
          onChange={setResponse} disabled={locked} mark={showMarks} />
      )}
      {spec.type === 'ordering' && (
        <OrderingInput items={parts.items} order={response as string[]} onChange={setResponse} disabled={locked}
          correctOrder={spec.items} mark={showMarks} labelledBy={promptId} />
      )}
      {practice && !locked && (
        <p className="quiz-actions">
          <button type="submit" className="button">{t.check}</button>
          {status?.offerHint && hintsShown < parts.hints.length && (
            <button type="button" className="button button-secondary" onClick={() => setHintsShown(hintsShown + 1)}>{t.showHint}</button>
          )}
          {status?.offerSolution && (
            <button type="button" className="button button-secondary" onClick={() => progress.getState().showSolution(spec.id)}>
              {t.showSolution}
            </button>
          )}
        </p>
      )}
      <div id={statusId} role="status" className="quiz-status">
        {message && <p className="quiz-message">{message}</p>}
        {verdict && (
          <p className={`quiz-verdict verdict-${verdict}`}>
            <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span>{' '}
            {verdict === 'correct' ? t.correct : verdict === 'partial' ? t.partial(formatPercent(score ?? 0, lang)) : t.wrong}
            {practice && status && <span className="quiz-tries"> · {t.tries(status.checks)}</span>}
          </p>
        )}
        {solutionShown && <p className="quiz-verdict">{t.solutionShown}</p>}
        {solutionShown && spec.type === 'short' && (
          <p>{t.acceptedAnswers}: {spec.accept.map((answer) => <code key={answer}>{answer}</code>).reduce<ReactNode[]>((list, item, index) => (index ? [...list, ', ', item] : [item]), [])}</p>
        )}
      </div>
      {practice && parts.hints.slice(0, hintsShown).map((hint, index) => (
        <div key={index} className="quiz-hint">
          <p className="quiz-hint-title"><span aria-hidden="true">💡</span> {t.hint}</p>
          {hint}
        </div>
      ))}
      {showExplanation && (
        <div className="quiz-explanation">
          <p className="quiz-explanation-title">{t.explanation}</p>
          {parts.explanation}
        </div>
      )}
    </form>
  )
}

export function SingleChoice(props: { id: string; children?: ReactNode }) {
  return <Question {...props} type="single" />
}
export function MultipleChoice(props: { id: string; children?: ReactNode }) {
  return <Question {...props} type="multiple" />
}
export function TrueFalse(props: { id: string; children?: ReactNode }) {
  return <Question {...props} type="truefalse" />
}
export function ShortAnswer(props: { id: string; children?: ReactNode }) {
  return <Question {...props} type="short" />
}
export function Matching(props: { id: string; children?: ReactNode }) {
  return <Question {...props} type="matching" />
}
export function Ordering(props: { id: string; children?: ReactNode }) {
  return <Question {...props} type="ordering" />
}
