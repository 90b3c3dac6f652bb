import { type Position, samePosition } from './position.ts'

/**
 * The presenter console and the audience windows of one lesson keep the same
 * state over a message channel. Messages are versioned and carry the sender;
 * a window that opens asks for the current state; every state carries a
 * sequence number so an older state never overwrites a newer one.
 */
export const SYNC_VERSION = 1

export type Screen = 'normal' | 'black' | 'white'

export interface SharedDeckState {
  position: Position
  /** Question ids whose answer the teacher has revealed on the projector. */
  revealed: string[]
  screen: Screen
}

export type SyncRole = 'audience' | 'presenter'

export type SyncMessage =
  | { v: typeof SYNC_VERSION; from: string; role: SyncRole; lessonId: string; type: 'request-state' }
  | { v: typeof SYNC_VERSION; from: string; role: SyncRole; lessonId: string; type: 'state'; seq: number; state: SharedDeckState }

/** Anything that can carry messages between windows: BroadcastChannel, or memory in tests. */
export interface SyncTransport {
  post(message: SyncMessage): void
  subscribe(listener: (message: SyncMessage) => void): () => void
  close(): void
}

export function isSyncMessage(value: unknown): value is SyncMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Partial<SyncMessage>
  return message.v === SYNC_VERSION && typeof message.from === 'string' && typeof message.lessonId === 'string'
    && (message.type === 'request-state' || (message.type === 'state' && typeof message.seq === 'number' && typeof message.state === 'object'))
}

export function sameState(a: SharedDeckState, b: SharedDeckState): boolean {
  return samePosition(a.position, b.position) && a.screen === b.screen
    && a.revealed.length === b.revealed.length && a.revealed.every((id) => b.revealed.includes(id))
}

export interface SyncSession {
  /** Share a state changed in this window. */
  publish(state: SharedDeckState): void
  /** Whether a presenter console has spoken on the channel (the audience then shows classroom mode). */
  presenterSeen(): boolean
  close(): void
}

export interface SyncSessionOptions {
  transport: SyncTransport
  lessonId: string
  role: SyncRole
  id: string
  /** The window's current state, sent to windows that ask. */
  current: () => SharedDeckState
  /** A newer state arrived from another window. */
  onRemoteState: (state: SharedDeckState) => void
  onPresenterSeen?: () => void
}

/**
 * One window's end of the sync. Sequence numbers work like a Lamport clock:
 * a window applies a remote state only if it is newer than the last one it
 * saw or sent (ties broken by sender id), so two windows never fight.
 */
export function createSyncSession(options: SyncSessionOptions): SyncSession {
  const { transport, lessonId, role, id } = options
  // -1: this window has not published yet, so any state another window has is newer.
  let seq = -1
  let lastFrom = id
  let presenter = role === 'presenter'
  const send = (message: Omit<Extract<SyncMessage, { type: 'state' }>, 'v' | 'from' | 'role' | 'lessonId'> | { type: 'request-state' }) =>
    transport.post({ v: SYNC_VERSION, from: id, role, lessonId, ...message } as SyncMessage)

  const unsubscribe = transport.subscribe((message) => {
    if (!isSyncMessage(message) || message.lessonId !== lessonId || message.from === id) return
    if (message.role === 'presenter' && !presenter) {
      presenter = true
      options.onPresenterSeen?.()
    }
    if (message.type === 'request-state') {
      send({ type: 'state', seq: Math.max(seq, 0), state: options.current() })
      return
    }
    const newer = message.seq > seq || (message.seq === seq && message.from > lastFrom)
    if (!newer) return
    seq = message.seq
    lastFrom = message.from
    if (!sameState(message.state, options.current())) options.onRemoteState(message.state)
  })
  send({ type: 'request-state' })

  return {
    publish(state) {
      seq = Math.max(seq, 0) + 1
      lastFrom = id
      send({ type: 'state', seq, state })
    },
    presenterSeen: () => presenter,
    close() {
      unsubscribe()
      transport.close()
    },
  }
}

/** A transport for tests (and for windows in one page): every endpoint hears the others. */
export function createMemoryHub() {
  const endpoints = new Set<(message: SyncMessage) => void>()
  return {
    connect(): SyncTransport {
      let listener: ((message: SyncMessage) => void) | null = null
      const deliver = (message: SyncMessage) => listener?.(structuredClone(message))
      endpoints.add(deliver)
      return {
        post: (message) => endpoints.forEach((endpoint) => endpoint !== deliver && endpoint(message)),
        subscribe(next) {
          listener = next
          return () => {
            listener = null
          }
        },
        close: () => endpoints.delete(deliver),
      }
    },
  }
}
