import { useStrings } from '../i18n-react/use-strings.ts'
import type { MatchingSpec } from '../quiz/model.ts'

/** One drop-down per left-hand item: fully operable with the keyboard and screen readers. */
export function MatchingInput({ spec, idBase, choices, lefts, value, onChange, disabled, mark }: {
  spec: MatchingSpec
  idBase: string
  /** Right-hand choices, each once, in the student's shuffled order. */
  choices: { key: string; label: string }[]
  /** Left-hand labels by left key. */
  lefts: string[]
  value: Record<string, string>
  onChange: (value: Record<string, string>) => void
  disabled: boolean
  mark: boolean
}) {
  const t = useStrings().quiz
  return (
    <div className="matching">
      {spec.lefts.map((key, index) => {
        const left = lefts[index] ?? key
        const chosen = value[key] ?? ''
        const right = spec.rights[index]
        const state = mark && chosen ? (chosen === right ? 'right' : 'wrong') : undefined
        const selectId = `${idBase}-${key}`
        return (
          <div key={key} className="matching-row" data-mark={state}>
            <label htmlFor={selectId} className="matching-left">{left}</label>
            <select
              id={selectId}
              value={chosen}
              disabled={disabled}
              aria-label={t.matchingFor(left)}
              aria-describedby={state ? `${selectId}-mark` : undefined}
              onChange={(event) => onChange({ ...value, [key]: event.target.value })}
            >
              <option value="">{t.choose}</option>
              {choices.map((choice) => (
                <option key={choice.key} value={choice.key}>{choice.label}</option>
              ))}
            </select>
            {state && (
              <span id={`${selectId}-mark`} className="choice-mark">
                <span aria-hidden="true">{state === 'right' ? '✔' : '✘'}</span> {state === 'right' ? t.right : `${t.notRight}`}
              </span>
            )}
          </div>
        )
      })}
    </div>
  )
}
