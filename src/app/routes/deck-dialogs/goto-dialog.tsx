import { forwardRef, useState } from 'react'
import { useStrings } from '../../../i18n-react/use-strings.ts'

/** "G then a number": a small dialog with the slide number field focused. */
export const GotoDialog = forwardRef<HTMLDialogElement, { slideCount: number; onGo: (slide: number) => void }>(function GotoDialog({ slideCount, onGo }, ref) {
  const t = useStrings().deck
  const [value, setValue] = useState('')
  return (
    <dialog ref={ref} className="help-dialog goto-dialog" aria-labelledby="goto-title" onClose={() => setValue('')}>
      <h2 id="goto-title">{t.gotoTitle}</h2>
      <form method="dialog" onSubmit={() => {
        const slide = Number.parseInt(value, 10)
        if (Number.isFinite(slide)) onGo(slide - 1)
      }}>
        <label htmlFor="goto-number">{t.gotoLabel(slideCount)}</label>
        <p className="goto-row">
          <input id="goto-number" type="number" inputMode="numeric" min={1} max={slideCount} value={value} autoFocus
            onChange={(event) => setValue(event.target.value)} />
          <button type="submit" className="button">{t.go}</button>
        </p>
      </form>
    </dialog>
  )
})
