import { forwardRef } from 'react'
import { DECK_SHORTCUTS, type DeckAction } from '../deck/shortcuts.ts'
import { useStrings } from '../i18n/use-strings.ts'

interface HelpDialogProps {
  onRun?: (action: DeckAction) => void
  /** The actions this page answers to (default: all); the others are not listed. */
  actions?: readonly DeckAction[]
  /** Page-specific wording of an action (the console's P opens the audience window). */
  labels?: Partial<Record<DeckAction, string>>
}

/**
 * Keyboard help, generated from the same table that drives the key handler.
 * Each action is also a button, so every shortcut has a visible control.
 */
export const HelpDialog = forwardRef<HTMLDialogElement, HelpDialogProps>(function HelpDialog({ onRun, actions, labels }, ref) {
  const t = useStrings()
  const shortcuts = actions ? DECK_SHORTCUTS.filter((shortcut) => actions.includes(shortcut.action)) : DECK_SHORTCUTS
  const label = (action: DeckAction) => labels?.[action] ?? t.shortcutAction[action]
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title">
      <h2 id="help-title">{t.keyboardHelp}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.key}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {[...new Set(shortcut.keys.map((key) => t.keyNames[key] ?? key.toUpperCase()))].map((label) => (
                  <kbd key={label}>{label}</kbd>
                ))}
              </td>
              <td>
                {onRun && shortcut.action !== 'help' ? (
                  <form method="dialog">
                    <button type="submit" className="link-button" onClick={() => setTimeout(() => onRun(shortcut.action), 0)}>
                      {label(shortcut.action)}
                    </button>
                  </form>
                ) : (
                  label(shortcut.action)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t.swipeHint}</p>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>{t.close}</button>
      </form>
    </dialog>
  )
})
