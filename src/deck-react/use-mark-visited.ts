import { useEffect } from 'react'
import type { DeckController } from '../deck/deck-controller.ts'
import { progressStore } from '../store/progress.ts'

/** Records every slide the student reaches in the presentation. */
export function useMarkVisited(lessonId: string, controller: DeckController): void {
  useEffect(() => {
    const mark = () => progressStore.getState().markVisited(lessonId, controller.getPosition().slide)
    mark()
    return controller.subscribe(mark)
  }, [lessonId, controller])
}
