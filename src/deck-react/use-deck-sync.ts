import { useEffect, useRef } from 'react'
import type { ClassroomStore } from '../deck/classroom-state.ts'
import type { DeckController } from '../deck/deck-controller.ts'
import { createSyncSession, type SharedDeckState, type SyncRole } from '../deck/sync-protocol.ts'
import { createBroadcastTransport } from './broadcast-transport.ts'

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`
}

/**
 * Connects this window's deck (position, revealed answers, blank screen) to
 * the other windows showing the same lesson: moving in one moves all.
 */
export function useDeckSync(lessonId: string, role: SyncRole, controller: DeckController, classroom: ClassroomStore): void {
  const idRef = useRef<string>('')
  useEffect(() => {
    const transport = createBroadcastTransport(`aulavirt-deck:${lessonId}`)
    if (!transport) return
    if (!idRef.current) idRef.current = newId()
    const current = (): SharedDeckState => {
      const { revealed, screen } = classroom.get()
      return { position: controller.getPosition(), revealed: [...revealed], screen }
    }
    let applying = false
    const session = createSyncSession({
      transport,
      lessonId,
      role,
      id: idRef.current,
      current,
      onRemoteState(state) {
        applying = true
        controller.go(state.position)
        classroom.set({ revealed: state.revealed, screen: state.screen })
        applying = false
      },
      onPresenterSeen: () => classroom.set({ classroom: true }),
    })
    const publish = () => {
      if (!applying) session.publish(current())
    }
    const unsubscribeDeck = controller.subscribe(publish)
    const unsubscribeClassroom = classroom.subscribe(publish)
    return () => {
      unsubscribeDeck()
      unsubscribeClassroom()
      session.close()
    }
  }, [lessonId, role, controller, classroom])
}
