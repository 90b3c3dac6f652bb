import { createContext, useContext, useSyncExternalStore } from 'react'
import type { DeckController } from '../deck/deck-controller.ts'
import { type Position, START } from '../deck/position.ts'

/**
 * How the lesson is being shown. `present`: one slide at a time, driven by a
 * controller. `read`: every slide, every step, as one document. `overview`:
 * every slide as a thumbnail to pick from. `notes`: only the speaker notes
 * of the current slide (presenter console).
 */
export type DeckView =
  | { mode: 'present'; controller: DeckController; slideCount: number }
  | { mode: 'read'; slideCount: number }
  | { mode: 'overview'; slideCount: number; current: number; onPick: (slide: number) => void }
  | { mode: 'notes'; controller: DeckController; slideCount: number }

export const DeckViewContext = createContext<DeckView>({ mode: 'read', slideCount: 0 })

export function useDeckView(): DeckView {
  return useContext(DeckViewContext)
}

const noopSubscribe = () => () => {}

/**
 * The controller's position. The server snapshot is the start, so prerendered
 * HTML and the first client render agree; the hash position follows at once.
 */
export function useDeckPosition(controller: DeckController | undefined): Position {
  return useSyncExternalStore(
    controller?.subscribe ?? noopSubscribe,
    () => controller?.getPosition() ?? START,
    () => START,
  )
}

/** Revealed steps of a slide if it is the current one, -1 otherwise. Re-renders only that slide. */
export function useSlideState(controller: DeckController, index: number): number {
  return useSyncExternalStore(
    controller.subscribe,
    () => {
      const position = controller.getPosition()
      return position.slide === index ? position.step : -1
    },
    () => (index === 0 ? 0 : -1),
  )
}
