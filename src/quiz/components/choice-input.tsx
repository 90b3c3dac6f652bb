import type { ReactNode } from 'react'
import { useStrings } from '../../i18n/use-strings.ts'
import type { MultipleChoiceSpec, SingleChoiceSpec, TrueFalseSpec } from '../model.ts'

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
  selected: readonly string[]
  onChange: (selected: string[]) => void
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

/** Radio buttons (single choice, true/false) or checkboxes (multiple choice). */
export function ChoiceInput({ spec, name, labelledBy, options, selected, onChange, disabled, markPicked, revealCorrect }: ChoiceInputProps) {
  const t = useStrings().quiz
  const multiple = spec.type === 'multiple'
  const correct = correctKeys(spec)
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
                if (!multiple) onChange([option.key])
                else onChange(event.target.checked ? [...selected, option.key] : selected.filter((key) => key !== option.key))
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
