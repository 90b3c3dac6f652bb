import { useEffect, useRef } from 'react'
import type { ClassroomStore } from '../deck/classroom-state.ts'
import type { DeckController } from '../deck/deck-controller.ts'
import type { SharedDeckState, SyncRole, SyncTransport } from '../deck/sync-protocol.ts'
import { requestStateMessage } from '../deck/sync-request.ts'
import { randomId } from '../lib/random-id.ts'
import { createBroadcastTransport } from './broadcast-transport.ts'

let warned = false

/** Other code on the same origin may post anything on the channel: the deck ignores it, and says so once to a developer. */
function warnOnceInDevelopment(value: unknown): void {
  if (!import.meta.env.DEV || warned) return
  warned = true
  console.warn('AulaVirt: ignored a message on the deck sync channel that is not a valid sync message', value)
}

/** The transport, handing a new listener first what arrived before it subscribed. */
function replaying(transport: SyncTransport, early: unknown[]): SyncTransport {
  return {
    ...transport,
    subscribe(listener) {
      const unsubscribe = transport.subscribe(listener)
      for (const message of early.splice(0)) listener(message)
      return unsubscribe
    },
  }
}

/**
 * Connects this window's deck (position, revealed answers, blank screen) to
 * the other windows showing the same lesson: moving in one moves all.
 *
 * A deck is usually alone, so the sync session and its message schemas load
 * only when another window of the lesson speaks: on opening, this window
 * asks for the state (windows already open answer); a window that opens
 * later asks in turn. What arrives meanwhile is handed to the session.
 */
export function useDeckSync(lessonId: string, role: SyncRole, controller: DeckController, classroom: ClassroomStore): void {
  const idRef = useRef<string>('')
  useEffect(() => {
    const transport = createBroadcastTransport(`aulavirt-deck:${lessonId}`)
    if (!transport) return
    if (!idRef.current) idRef.current = randomId()
    const id = idRef.current
    let closed = false
    let stopSession: (() => void) | null = null
    const early: unknown[] = []
    const stopWaiting = transport.subscribe((message) => {
      early.push(message)
      if (early.length > 1) return
      void import('../deck/sync-protocol.ts').then(({ createSyncSession }) => {
        if (closed) return
        stopWaiting()
        const current = (): SharedDeckState => {
          const { revealed, screen } = classroom.get()
          return { position: controller.getPosition(), revealed: [...revealed], screen }
        }
        let applying = false
        const session = createSyncSession({
          transport: replaying(transport, early),
          lessonId,
          role,
          id,
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
        stopSession = () => {
          unsubscribeDeck()
          unsubscribeClassroom()
          session.close()
        }
      })
    })
    transport.post(requestStateMessage(id, role, lessonId))
    return () => {
      closed = true
      if (stopSession) stopSession()
      else {
        stopWaiting()
        transport.close()
      }
    }
  }, [lessonId, role, controller, classroom])
}
