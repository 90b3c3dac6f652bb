import { useEffect } from 'react'
import type { ClassroomStore } from '../deck/classroom-state.ts'
import type { DeckController } from '../deck/deck-controller.ts'
import { useProgressStore } from '../store-react/progress-context.tsx'

/** A slide counts as seen once it has been on screen this long (not when skipped through). */
export const SEEN_AFTER_MS = 600

/**
 * Records the slides the student has seen in the presentation. Nothing is
 * recorded while the deck is presented in class: the presenter console
 * announces itself well within the delay.
 */
export function useMarkVisited(lessonId: string, controller: DeckController, classroom?: ClassroomStore): void {
  const progress = useProgressStore()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      const slide = controller.getPosition().slide
      timer = setTimeout(() => {
        if (!classroom?.get().presented) progress.getState().markVisited(lessonId, slide)
      }, SEEN_AFTER_MS)
    }
    schedule()
    const unsubscribe = controller.subscribe(schedule)
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [lessonId, controller, classroom, progress])
}
