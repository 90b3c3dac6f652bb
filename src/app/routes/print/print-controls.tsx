import type { ReactNode } from 'react'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import { HANDOUT_KINDS, PER_PAGE, type PrintOptions } from './print-options.ts'

function Choice({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className="option-row">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
      {children}
    </label>
  )
}

function PrinterIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  )
}

/** What to print (radio groups) and the Print button; none of it is printed. */
export function PrintControls({ options, summary, onChange }: { options: PrintOptions; summary: string; onChange: (options: PrintOptions) => void }) {
  const t = useStrings().print
  const slides = options.kind === 'slides'
  return (
    <form
      className="print-controls"
      aria-label={t.options}
      onSubmit={(event) => {
        event.preventDefault()
        window.print()
      }}
    >
      <fieldset className="print-fieldset">
        <legend>{t.kind}</legend>
        {HANDOUT_KINDS.map((kind) => (
          <Choice key={kind} name="print-kind" checked={options.kind === kind} onChange={() => onChange({ ...options, kind })}>{t.kinds[kind]}</Choice>
        ))}
      </fieldset>
      <fieldset className="print-fieldset" hidden={!slides}>
        <legend>{t.perPage}</legend>
        {PER_PAGE.map((per) => (
          <Choice key={per} name="print-per" checked={options.per === per} onChange={() => onChange({ ...options, per })}>{t.perPageOption(per)}</Choice>
        ))}
      </fieldset>
      <fieldset className="print-fieldset" hidden={!slides}>
        <legend>{t.notes}</legend>
        <Choice name="print-notes" checked={!options.notes} onChange={() => onChange({ ...options, notes: false })}>{t.withoutNotes}</Choice>
        <Choice name="print-notes" checked={options.notes} onChange={() => onChange({ ...options, notes: true })}>{t.withNotes}</Choice>
      </fieldset>
      <div className="print-actions">
        <button type="submit" className="button">
          <PrinterIcon /> {t.print}
        </button>
        <p className="print-summary" role="status">{summary}</p>
      </div>
      <p className="print-hint">{t.printHint}</p>
    </form>
  )
}
