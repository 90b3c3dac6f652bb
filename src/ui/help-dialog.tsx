import { forwardRef } from 'react'
import { commandLabel, keyCaps } from '../deck/commands.ts'
import type { CommandControl } from '../deck-react/use-deck-commands.ts'
import { useStrings } from '../i18n-react/use-strings.ts'

/**
 * The keys of a view, generated from the command table that drives the key
 * handler. Each command is also a button (run once the dialog has closed), so
 * every shortcut has a visible control, on touch screens too.
 */
export const HelpDialog = forwardRef<HTMLDialogElement, { controls: readonly CommandControl[] }>(function HelpDialog({ controls }, ref) {
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
          {controls.map((control) => {
            const { id, keys } = control.command
            const label = commandLabel(t.commandLabels, id, control.view)
            return (
              <tr key={id}>
                <td>
                  {keyCaps(keys, t.keyNames).map((cap) => <kbd key={cap}>{cap}</kbd>)}
                </td>
                <td>
                  {id === 'help' ? label : (
                    <form method="dialog">
                      <button type="submit" className="link-button" disabled={!control.enabled} aria-pressed={control.pressed}
                        onClick={() => setTimeout(control.run, 0)}>
                        {label}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {controls.some((control) => control.view === 'audience') && <p>{t.swipeHint}</p>}
      <form method="dialog">
        <button type="submit" className="button" autoFocus>{t.close}</button>
      </form>
    </dialog>
  )
})
