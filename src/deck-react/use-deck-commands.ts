import { useEffect, useRef, useSyncExternalStore } from 'react'
import {
  type CommandContext,
  type DeckCommand,
  type DeckView,
  commandAvailability,
  commandsIn,
  matchCommand,
  runCommand,
} from '../deck/commands.ts'

/** One command as a view offers it now: the bars and the help dialog render these. */
export interface CommandControl {
  command: DeckCommand
  view: DeckView
  enabled: boolean
  /** For toggles (black screen, revealed answers): whether it is on. */
  pressed: boolean | undefined
  /** Runs it if it is enabled now. */
  run(): void
}

/**
 * A view's commands from the one table, kept current as the slide and the
 * classroom state change, and its keys: the page's only key handler.
 */
export function useDeckCommands(view: DeckView, context: CommandContext): readonly CommandControl[] {
  const contextRef = useRef(context)
  contextRef.current = context
  // Re-render when what `enabled` and `pressed` read changes.
  useSyncExternalStore(context.controller.subscribe, context.controller.getPosition, context.controller.getPosition)
  useSyncExternalStore(context.classroom.subscribe, context.classroom.get, context.classroom.get)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const target = event.target instanceof HTMLElement ? event.target : null
      const command = matchCommand({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: target && {
          tagName: target.tagName,
          isContentEditable: target.isContentEditable,
          role: target.getAttribute('role'),
        },
        dialogOpen: document.querySelector('dialog[open]') !== null,
      }, view)
      if (!command) return
      // A disabled command's key is still the deck's: Space must not scroll the page at the last slide.
      event.preventDefault()
      runCommand(command, view, contextRef.current)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [view])

  return commandsIn(view).map((command) => ({
    command,
    view,
    enabled: commandAvailability(command, view, context) === 'enabled',
    pressed: command.pressed?.(context),
    run: () => void runCommand(command, view, contextRef.current),
  }))
}
