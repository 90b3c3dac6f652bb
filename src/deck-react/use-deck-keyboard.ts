import { useEffect, useRef } from 'react'
import { type DeckAction, matchShortcut } from '../deck/shortcuts.ts'

/** Runs the deck shortcut table on key presses anywhere in the page, except inside controls and dialogs. */
export function useDeckKeyboard(run: (action: DeckAction) => void): void {
  const runRef = useRef(run)
  runRef.current = run
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const target = event.target instanceof HTMLElement ? event.target : null
      const action = matchShortcut({
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
      })
      if (!action) return
      event.preventDefault()
      runRef.current(action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
