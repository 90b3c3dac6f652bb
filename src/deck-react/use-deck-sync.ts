import { useEffect, useRef } from 'react'
import type { ClassroomStore } from '../deck/classroom-state.ts'
import type { DeckController } from '../deck/deck-controller.ts'
import { createSyncSession, type SharedDeckState, type SyncRole } from '../deck/sync-protocol.ts'
import { randomId } from '../lib/random-id.ts'
import { createBroadcastTransport } from './broadcast-transport.ts'

let warned = false

/** Other code on the same origin may post anything on the channel: the deck ignores it, and says so once to a developer. */
function warnOnceInDevelopment(value: unknown): void {
  if (!import.meta.env.DEV || warned) return
  warned = true
  console.warn('AulaVirt: ignored a message on the deck sync channel that is not a valid sync message', value)
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
    if (!idRef.current) idRef.current = randomId()
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
      onPresenterSeen: () => classroom.set({ presented: true }),
      onRejected: warnOnceInDevelopment,
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
