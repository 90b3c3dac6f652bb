import type { ReactNode } from 'react'
import { useStrings } from '../i18n-react/use-strings.ts'
import type { MultipleChoiceSpec, SingleChoiceSpec, TrueFalseSpec } from '../quiz/model.ts'

export interface ChoiceOption {
  key: string
  content: ReactNode
  feedback?: ReactNode
}

interface ChoiceInputProps {
  spec: SingleChoiceSpec | MultipleChoiceSpec | TrueFalseSpec
  name: string
  labelledBy: string
  options: ChoiceOption[]
  /** The response on screen: an option key (single), option keys (multiple) or a boolean (true/false). */
  value: unknown
  onChange: (response: unknown) => void
  disabled: boolean
  /** Mark picked options right or wrong (after a check). */
  markPicked: boolean
  /** Also mark the correct options that were not picked (solution, review). */
  revealCorrect: boolean
}

function correctKeys(spec: ChoiceInputProps['spec']): string[] {
  if (spec.type === 'truefalse') return [String(spec.answer)]
  return spec.type === 'single' ? [spec.correct] : spec.correct
}

/** Choice keys picked in a response (radio and checkbox state). */
function selectedKeys(spec: ChoiceInputProps['spec'], response: unknown): string[] {
  if (spec.type === 'truefalse') return typeof response === 'boolean' ? [String(response)] : []
  if (spec.type === 'single') return typeof response === 'string' ? [response] : []
  return Array.isArray(response) ? (response as string[]) : []
}

function responseFromKeys(spec: ChoiceInputProps['spec'], keys: string[]): unknown {
  if (spec.type === 'truefalse') return keys[0] === 'true'
  if (spec.type === 'single') return keys[0]
  // Picks in option order, not click order: the same picks are the same answer.
  return [...keys].sort((a, b) => Number(a) - Number(b))
}

/** Radio buttons (single choice, true/false) or checkboxes (multiple choice). */
export function ChoiceInput({ spec, name, labelledBy, options, value, onChange, disabled, markPicked, revealCorrect }: ChoiceInputProps) {
  const t = useStrings().quiz
  const multiple = spec.type === 'multiple'
  const correct = correctKeys(spec)
  const selected = selectedKeys(spec, value)
  return (
    <div className="choice-list" role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelledBy}>
      {options.map((option) => {
        const picked = selected.includes(option.key)
        const isCorrect = correct.includes(option.key)
        const mark = picked && markPicked ? (isCorrect ? 'right' : 'wrong') : !picked && revealCorrect && isCorrect ? 'missed' : undefined
        const inputId = `${name}-${option.key}`
        return (
          <div key={option.key} className="choice" data-mark={mark}>
            <input
              id={inputId}
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.key}
              checked={picked}
              disabled={disabled}
              aria-describedby={mark ? `${inputId}-mark` : undefined}
              onChange={(event) => {
                const keys = !multiple ? [option.key] : event.target.checked ? [...selected, option.key] : selected.filter((key) => key !== option.key)
                onChange(responseFromKeys(spec, keys))
              }}
            />
            <label htmlFor={inputId}>{option.content}</label>
            {mark && (
              <span id={`${inputId}-mark`} className="choice-mark">
                <span aria-hidden="true">{mark === 'right' ? '✔' : mark === 'wrong' ? '✘' : '➜'}</span>{' '}
                {mark === 'right' ? t.rightOption : mark === 'wrong' ? t.wrongOption : t.missedOption}
                {picked && option.feedback ? <>: {option.feedback}</> : null}
              </span>
            )}
          </div>
        )
      })}
    </div>
  )
}
