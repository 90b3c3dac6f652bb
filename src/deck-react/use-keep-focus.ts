import { type RefObject, useEffect } from 'react'
import type { DeckController } from '../deck/deck-controller.ts'

/**
 * When a move hides the element that had focus (a quiz button on the slide
 * that just left, a step being hidden), focus moves to the new current slide
 * instead of falling back to the page body.
 */
export function useKeepFocus(controller: DeckController, stage: RefObject<HTMLElement | null>): void {
  useEffect(() => controller.subscribe(() => {
    // After React has committed the move.
    setTimeout(() => {
      const active = document.activeElement
      const root = stage.current
      if (!root || !active || active === document.body || !root.contains(active)) return
      const hiddenAncestor = active.closest('[hidden], [aria-hidden="true"]')
      if (!hiddenAncestor) return
      root.querySelector<HTMLElement>('.slide:not([hidden])')?.focus({ preventScroll: true })
    }, 0)
  }), [controller, stage])
}
