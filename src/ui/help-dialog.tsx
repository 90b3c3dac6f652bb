import { forwardRef } from 'react'
import { DECK_SHORTCUTS, type DeckAction } from '../deck/shortcuts.ts'
import { useStrings } from '../i18n/use-strings.ts'

/**
 * Keyboard help, generated from the same table that drives the key handler.
 * Each action is also a button, so every shortcut has a visible control.
 */
export const HelpDialog = forwardRef<HTMLDialogElement, { onRun?: (action: DeckAction) => void }>(function HelpDialog({ onRun }, ref) {
  const t = useStrings()
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
          {DECK_SHORTCUTS.map((shortcut) => (
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
                      {t.shortcutAction[shortcut.action]}
                    </button>
                  </form>
                ) : (
                  t.shortcutAction[shortcut.action]
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
