import { useEffect } from 'react'
import type { DeckController } from '../deck/deck-controller.ts'
import { formatPositionHash, positionFromHash } from '../deck/position-hash.ts'

/**
 * Keeps the URL hash and the deck position in step both ways: moving
 * rewrites the hash (replacing, so Back leaves the deck instead of undoing
 * slides), and editing the hash moves the deck. Reload opens the same place.
 */
export function useHashSync(controller: DeckController): void {
  useEffect(() => {
    controller.go(positionFromHash(window.location.hash, controller.shape))
    const writeHash = () => {
      const hash = formatPositionHash(controller.getPosition())
      if (window.location.hash !== hash) history.replaceState(history.state, '', hash)
    }
    // replaceState costs a few ms: write it after the new slide is on screen, once per burst of moves.
    let pending: ReturnType<typeof setTimeout> | undefined
    const scheduleWrite = () => {
      clearTimeout(pending)
      pending = setTimeout(writeHash, 16)
    }
    const readHash = () => controller.go(positionFromHash(window.location.hash, controller.shape))
    writeHash()
    const unsubscribe = controller.subscribe(scheduleWrite)
    window.addEventListener('hashchange', readHash)
    window.addEventListener('pagehide', writeHash)
    return () => {
      clearTimeout(pending)
      unsubscribe()
      window.removeEventListener('hashchange', readHash)
      window.removeEventListener('pagehide', writeHash)
    }
  }, [controller])
}
