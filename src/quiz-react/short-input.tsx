import { useStrings } from '../i18n-react/use-strings.ts'
import { SHORT_ANSWER_MAX_LENGTH } from '../quiz/model.ts'

/** One line for an exact answer such as a command or a URI. */
export function ShortInput({ id, value, onChange, disabled, describedBy }: {
  id: string
  value: string
  onChange: (value: string) => void
  disabled: boolean
  describedBy: string
}) {
  const t = useStrings().quiz
  return (
    <p className="short-answer">
      <label htmlFor={id}>{t.yourAnswer}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={SHORT_ANSWER_MAX_LENGTH}
        disabled={disabled}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </p>
  )
}
