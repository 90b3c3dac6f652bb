import * as v from 'valibot'
import { samePosition } from './position.ts'
import { requestStateMessage, SYNC_VERSION } from './sync-request.ts'

/**
 * The presenter console and the audience windows of one lesson keep the same
 * state over a message channel. Messages are versioned and carry the sender;
 * a window that opens asks for the current state; every state carries a
 * sequence number so an older state never overwrites a newer one.
 *
 * What arrives on the channel is checked against the schemas below before it
 * is used (another window may run an older or newer build, and the planned
 * classroom server checks messages with the same schemas). Keys a schema does
 * not name are accepted and dropped, so a newer window can add a field
 * without breaking older ones; a change older windows cannot ignore bumps
 * SYNC_VERSION (in sync-request.ts, which windows load before the schemas).
 */
export { SYNC_VERSION }

/** Longest sender, lesson or question id accepted. */
const MAX_ID_LENGTH = 200
/** Most revealed answers accepted in one state (a lesson has a few dozen questions). */
const MAX_REVEALED = 500

const IdSchema = v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_ID_LENGTH))
const CountSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

export const ScreenSchema = v.picklist(['normal', 'black', 'white'])
export type Screen = v.InferOutput<typeof ScreenSchema>

export const SyncRoleSchema = v.picklist(['audience', 'presenter'])
export type SyncRole = v.InferOutput<typeof SyncRoleSchema>

export const SharedDeckStateSchema = v.object({
  position: v.object({ slide: CountSchema, step: CountSchema }),
  /** Question ids whose answer the teacher has revealed on the projector. */
  revealed: v.pipe(v.array(IdSchema), v.maxLength(MAX_REVEALED)),
  screen: ScreenSchema,
})
export type SharedDeckState = v.InferOutput<typeof SharedDeckStateSchema>

const HEADER = { v: v.literal(SYNC_VERSION), from: IdSchema, role: SyncRoleSchema, lessonId: IdSchema }

export const SyncMessageSchema = v.variant('type', [
  v.object({ ...HEADER, type: v.literal('request-state') }),
  v.object({ ...HEADER, type: v.literal('state'), seq: CountSchema, state: SharedDeckStateSchema }),
])
export type SyncMessage = v.InferOutput<typeof SyncMessageSchema>

/** Anything that can carry messages between windows: BroadcastChannel, or memory in tests. */
export interface SyncTransport {
  post(message: SyncMessage): void
  /** What arrives is untrusted: the session checks it with parseSyncMessage. */
  subscribe(listener: (message: unknown) => void): () => void
  close(): void
}

/** The message without the keys the schema does not name, or undefined if it is not a valid message. Never throws. */
export function parseSyncMessage(value: unknown): SyncMessage | undefined {
  const result = v.safeParse(SyncMessageSchema, value, { abortEarly: true })
  return result.success ? result.output : undefined
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
  /** Something arrived that is not a valid message (it is dropped; the app warns once in development). */
  onRejected?: (value: unknown) => void
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
  // The shared state last sent or taken from another window: publishing it
  // again would only start a race (a window whose own flags changed, such as
  // the audience learning a presenter is there, has nothing new to share).
  let lastShared: SharedDeckState | undefined
  const send = (message: Omit<Extract<SyncMessage, { type: 'state' }>, 'v' | 'from' | 'role' | 'lessonId'>) =>
    transport.post({ v: SYNC_VERSION, from: id, role, lessonId, ...message } as SyncMessage)

  const unsubscribe = transport.subscribe((data) => {
    const message = parseSyncMessage(data)
    if (!message) {
      options.onRejected?.(data)
      return
    }
    if (message.lessonId !== lessonId || message.from === id) return
    if (message.type === 'request-state') {
      send({ type: 'state', seq: Math.max(seq, 0), state: options.current() })
    } else if (message.seq > seq || (message.seq === seq && message.from > lastFrom)) {
      seq = message.seq
      lastFrom = message.from
      lastShared = message.state
      if (!sameState(message.state, options.current())) options.onRemoteState(message.state)
    }
    // After the state is taken: what the window does on learning of a presenter starts from it.
    if (message.role === 'presenter' && !presenter) {
      presenter = true
      options.onPresenterSeen?.()
    }
  })
  transport.post(requestStateMessage(id, role, lessonId))

  return {
    publish(state) {
      if (lastShared && sameState(state, lastShared)) return
      lastShared = state
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
  const endpoints = new Set<(message: unknown) => void>()
  return {
    connect(): SyncTransport {
      let listener: ((message: unknown) => void) | null = null
      const deliver = (message: unknown) => listener?.(structuredClone(message))
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
