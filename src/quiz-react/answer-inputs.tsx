import type { ComponentType, ReactNode } from 'react'
import { useStrings } from '../i18n-react/use-strings.ts'
import type { MultipleChoiceSpec, QuestionSpec, QuestionType, SingleChoiceSpec, TrueFalseSpec } from '../quiz/model.ts'
import type { QuestionView } from '../quiz/question-view.ts'
import { ChoiceInput, type ChoiceOption } from './choice-input.tsx'
import { MatchingInput } from './matching-input.tsx'
import { OrderingInput } from './ordering-input.tsx'
import type { QuestionParts } from './parts.tsx'
import { ShortInput } from './short-input.tsx'

/** Element ids of a question on screen (unique per page: see IdScopeContext). */
export interface QuestionIds {
  base: string
  prompt: string
  status: string
}

/** The student's own order of a question's options, items and right-hand choices. */
export interface ShuffledParts {
  options: ChoiceOption[]
  items: string[]
  rightChoices: { key: string; label: string }[]
}

/** What the answer input of every type is given: it renders the view and reports edits. */
export interface AnswerInputProps<S extends QuestionSpec = QuestionSpec> {
  spec: S
  view: QuestionView
  ids: QuestionIds
  parts: QuestionParts
  shuffled: ShuffledParts
  onChange: (response: unknown) => void
}

type AnswerInputs = { [T in QuestionType]: ComponentType<AnswerInputProps<Extract<QuestionSpec, { type: T }>>> }

function ChoiceAnswer({ spec, view, ids, shuffled, onChange }: AnswerInputProps<SingleChoiceSpec | MultipleChoiceSpec | TrueFalseSpec>) {
  return (
    <ChoiceInput spec={spec} name={ids.base} labelledBy={ids.prompt} options={shuffled.options} value={view.response} onChange={onChange}
      disabled={view.locked} markPicked={view.marks} revealCorrect={view.revealCorrect} />
  )
}

function MultipleChoiceAnswer(props: AnswerInputProps<MultipleChoiceSpec>): ReactNode {
  const t = useStrings().quiz
  return (
    <>
      <p className="quiz-rule">{t.multipleRule}</p>
      <ChoiceAnswer {...props} />
    </>
  )
}

/**
 * The one table of answer inputs by question type. A new question type does
 * not type-check until it has its input here (and its case in questionView).
 */
export const ANSWER_INPUTS: AnswerInputs = {
  single: ChoiceAnswer,
  multiple: MultipleChoiceAnswer,
  truefalse: ChoiceAnswer,
  short: ({ view, ids, onChange }) => (
    <ShortInput id={`${ids.base}-input`} value={typeof view.response === 'string' ? view.response : ''} onChange={onChange} disabled={view.locked} describedBy={ids.status} />
  ),
  matching: ({ spec, view, ids, parts, shuffled, onChange }) => (
    <MatchingInput spec={spec} idBase={ids.base} choices={shuffled.rightChoices} lefts={parts.pairs.map((pair) => pair.left)}
      value={view.response as Record<string, string>} onChange={onChange} disabled={view.locked} mark={view.marks} />
  ),
  ordering: ({ spec, view, ids, parts, onChange }) => (
    <OrderingInput items={parts.items} order={view.response as string[]} onChange={onChange} disabled={view.locked}
      correctOrder={spec.items} mark={view.marks} labelledBy={ids.prompt} />
  ),
}

/** The answer input for the question's type. */
export function AnswerInput(props: AnswerInputProps) {
  const Input = ANSWER_INPUTS[props.spec.type] as ComponentType<AnswerInputProps>
  return <Input {...props} />
}
