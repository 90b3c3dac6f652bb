import { forwardRef, type KeyboardEvent, type ReactNode } from 'react'
import { useStrings } from '../../../i18n-react/use-strings.ts'

/** Columns of the overview grid (CSS uses the same number). */
const COLUMNS = 4

/** Moves focus across the thumbnail grid with the arrow keys, Home and End. */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.overview-button')]
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (index < 0) return
  const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS, Home: -index, End: buttons.length - 1 - index }
  const delta = step[event.key]
  if (delta === undefined) return
  event.preventDefault()
  buttons[Math.min(Math.max(index + delta, 0), buttons.length - 1)]?.focus()
}

/** All slides as thumbnails; arrows move, Enter goes to the slide, Escape closes. */
export const OverviewDialog = forwardRef<HTMLDialogElement, { open: boolean; onClose: () => void; children: ReactNode }>(
  function OverviewDialog({ open, onClose, children }, ref) {
    const t = useStrings()
    return (
      <dialog ref={ref} className="overview-dialog" aria-labelledby="overview-title" onClose={onClose}>
        <div className="overview-header">
          <h2 id="overview-title">{t.deck.overview}</h2>
          <form method="dialog">
            <button type="submit" className="button">{t.close}</button>
          </form>
        </div>
        <ol className="overview-grid" onKeyDown={moveFocus}>{open ? children : null}</ol>
      </dialog>
    )
  },
)
