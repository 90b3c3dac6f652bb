import type { ReactNode } from 'react'
import { type CommandId, ariaKeyShortcuts, commandLabel } from '../deck/commands.ts'
import type { CommandControl } from '../deck-react/use-deck-commands.ts'
import { useStrings } from '../i18n-react/use-strings.ts'

/** The control of one command in a view (a bar's button), or throws: a bar may only show commands its view has. */
export function controlFor(controls: readonly CommandControl[], id: CommandId): CommandControl {
  const control = controls.find((candidate) => candidate.command.id === id)
  if (!control) throw new Error(`The command "${id}" does not exist in this view`)
  return control
}

/**
 * A deck bar's button for a command: named by the dictionaries, disabled
 * (still focusable) when the command cannot run, pressed for toggles, and
 * announcing its keys. With `children` (an icon), the name goes to aria-label.
 */
export function CommandButton({ control, className, children }: { control: CommandControl; className: string; children?: ReactNode }) {
  const t = useStrings()
  const { command, view } = control
  const name = commandLabel({ ...t.commandLabels, ...t.commandButtons }, command.id, view)
  return (
    <button
      type="button"
      className={className}
      onClick={control.run}
      aria-disabled={!control.enabled}
      aria-pressed={control.pressed}
      aria-keyshortcuts={ariaKeyShortcuts(command.keys)}
      aria-label={children ? name : undefined}
      title={commandLabel(t.commandLabels, command.id, view)}
    >
      {children ?? name}
    </button>
  )
}
