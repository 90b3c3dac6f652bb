import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type SharedDeckState, type SyncMessage, type SyncRole, type SyncTransport,
  createMemoryHub, createSyncSession, parseSyncMessage, SYNC_VERSION,
} from './sync-protocol.ts'

function window_(hub: ReturnType<typeof createMemoryHub>, id: string, role: SyncRole, initial: SharedDeckState, lessonId = 'leccion') {
  let state = initial
  let presenterSeen = false
  const session = createSyncSession({
    transport: hub.connect(),
    lessonId,
    role,
    id,
    current: () => state,
    onRemoteState: (next) => {
      state = next
    },
    onPresenterSeen: () => {
      presenterSeen = true
    },
  })
  return {
    session,
    state: () => state,
    presenterSeen: () => presenterSeen,
    move(next: Partial<SharedDeckState>) {
      state = { ...state, ...next }
      session.publish(state)
    },
  }
}

const START: SharedDeckState = { position: { slide: 0, step: 0 }, revealed: [], screen: 'normal' }

describe('presenter sync protocol', () => {
  it('moving in either window moves the other, steps included', () => {
    const hub = createMemoryHub()
    const presenter = window_(hub, 'p', 'presenter', START)
    const audience = window_(hub, 'a', 'audience', START)
    presenter.move({ position: { slide: 3, step: 2 } })
    expect(audience.state().position).toEqual({ slide: 3, step: 2 })
    audience.move({ position: { slide: 4, step: 0 } })
    expect(presenter.state().position).toEqual({ slide: 4, step: 0 })
  })

  it('a window opened later asks for the state and catches up', () => {
    const hub = createMemoryHub()
    const presenter = window_(hub, 'p', 'presenter', START)
    presenter.move({ position: { slide: 7, step: 1 }, revealed: ['q1'], screen: 'black' })
    const late = window_(hub, 'z', 'audience', START)
    expect(late.state()).toEqual({ position: { slide: 7, step: 1 }, revealed: ['q1'], screen: 'black' })
  })

  it('tells the audience a presenter is there (classroom mode)', () => {
    const hub = createMemoryHub()
    const audience = window_(hub, 'a', 'audience', START)
    expect(audience.presenterSeen()).toBe(false)
    window_(hub, 'p', 'presenter', START)
    expect(audience.presenterSeen()).toBe(true)
    expect(audience.session.presenterSeen()).toBe(true)
  })

  it('never lets an older state overwrite a newer one', () => {
    const hub = createMemoryHub()
    const a = window_(hub, 'a', 'audience', START)
    const b = window_(hub, 'b', 'audience', START)
    a.move({ position: { slide: 1, step: 0 } })
    a.move({ position: { slide: 2, step: 0 } })
    const transport = hub.connect()
    transport.post({ v: SYNC_VERSION, from: 'old', role: 'audience', lessonId: 'leccion', type: 'state', seq: 1, state: { ...START, position: { slide: 9, step: 0 } } })
    expect(b.state().position).toEqual({ slide: 2, step: 0 })
  })

  it('ignores other lessons and malformed messages', () => {
    const hub = createMemoryHub()
    const other = window_(hub, 'o', 'presenter', START, 'otra')
    const audience = window_(hub, 'a', 'audience', START)
    other.move({ position: { slide: 5, step: 0 } })
    expect(audience.state().position).toEqual({ slide: 0, step: 0 })
    expect(audience.presenterSeen()).toBe(false)
    expect(parseSyncMessage({ v: 2, from: 'x', role: 'audience', lessonId: 'leccion', type: 'request-state' })).toBeUndefined()
    expect(parseSyncMessage({ v: SYNC_VERSION, from: 'x', role: 'audience', lessonId: 'leccion', type: 'state', seq: 'uno', state: START })).toBeUndefined()
    expect(parseSyncMessage(null)).toBeUndefined()
  })

  it('an audience that learns a presenter is there shares nothing of its own: the presenter\'s move in flight is not undone', () => {
    // Delivery as on a BroadcastChannel: later, in order, so messages can cross.
    const queue: (() => void)[] = []
    const endpoints = new Set<(message: unknown) => void>()
    const connect = (): SyncTransport => {
      let listener: ((message: unknown) => void) | null = null
      const deliver = (message: unknown) => queue.push(() => listener?.(structuredClone(message)))
      endpoints.add(deliver)
      return {
        post: (message) => endpoints.forEach((endpoint) => endpoint !== deliver && endpoint(message)),
        subscribe(next) {
          listener = next
          return () => { listener = null }
        },
        close: () => endpoints.delete(deliver),
      }
    }
    const flush = () => { while (queue.length > 0) queue.shift()!() }
    const sent: SyncMessage[] = []
    const open = (id: string, role: SyncRole) => {
      let state = START
      const transport = connect()
      const session: ReturnType<typeof createSyncSession> = createSyncSession({
        transport: { ...transport, post: (message) => { sent.push(message); transport.post(message) } },
        lessonId: 'leccion', role, id,
        current: () => state,
        onRemoteState: (next) => { state = next },
        // As the app does: the audience's classroom flags change, and every change of them is offered to publish.
        onPresenterSeen: () => session.publish(state),
      })
      return { session, state: () => state, move(next: SharedDeckState) { state = next; session.publish(state) } }
    }
    // Ids chosen so that a tie in sequence numbers favours the audience.
    const presenter = open('a-presenter', 'presenter')
    const audience = open('z-audience', 'audience')
    flush()
    const oneSlideOn = { ...START, position: { slide: 1, step: 0 } }
    presenter.move(oneSlideOn)
    flush()
    expect(audience.state()).toEqual(oneSlideOn)
    expect(presenter.state()).toEqual(oneSlideOn)
    expect(sent.filter((message) => message.from === 'z-audience' && message.type === 'state')).toEqual([])
  })

  it('stops listening when closed', () => {
    const hub = createMemoryHub()
    const presenter = window_(hub, 'p', 'presenter', START)
    const audience = window_(hub, 'a', 'audience', START)
    audience.session.close()
    presenter.move({ position: { slide: 3, step: 0 } })
    expect(audience.state().position).toEqual({ slide: 0, step: 0 })
  })
})

/** A state message another window could send: it differs from START in position, revealed and screen. */
const VALID_STATE = {
  v: SYNC_VERSION, from: 'p', role: 'presenter', lessonId: 'leccion', type: 'state', seq: 4,
  state: { position: { slide: 3, step: 1 }, revealed: ['q1'], screen: 'black' },
} as const satisfies SyncMessage
const VALID_REQUEST = { v: SYNC_VERSION, from: 'p', role: 'presenter', lessonId: 'leccion', type: 'request-state' } as const satisfies SyncMessage

const MISSING = Symbol('missing')

/** A deep copy of a message with the value at a dotted path replaced (or removed, with MISSING). */
function withField(message: object, path: string, value: unknown): unknown {
  const copy = structuredClone(message) as Record<string, unknown>
  const keys = path.split('.')
  const last = keys.pop()!
  let target: Record<string, unknown> = copy
  for (const key of keys) target = target[key] as Record<string, unknown>
  if (value === MISSING) delete target[last]
  else target[last] = value
  return copy
}

/** Posts anything, as a window running other code could, through the memory hub. */
function postRaw(transport: SyncTransport, value: unknown) {
  ;(transport.post as (message: unknown) => void)(value)
}

/** An audience window at START, and what it did: states applied, presenter seen, replies sent. */
function listeningAudience(hub: ReturnType<typeof createMemoryHub>) {
  const applied: SharedDeckState[] = []
  let presenterSeen = false
  const replies: unknown[] = []
  const sender = hub.connect()
  sender.subscribe((message) => replies.push(message))
  createSyncSession({
    transport: hub.connect(),
    lessonId: 'leccion',
    role: 'audience',
    id: 'a',
    current: () => START,
    onRemoteState: (state) => applied.push(state),
    onPresenterSeen: () => {
      presenterSeen = true
    },
  })
  replies.length = 0 // the session's own request for the state when it opened
  return { sender, applied, replies, presenterSeen: () => presenterSeen }
}

type Case = [field: string, problem: string, value: unknown]

const TEXT_FIELD = (field: string): Case[] => [
  [field, 'missing', MISSING], [field, 'null', null], [field, 'a number', 7], [field, 'empty', ''], [field, 'over 200 characters', 'x'.repeat(201)],
]
const COUNT_FIELD = (field: string): Case[] => [
  [field, 'missing', MISSING], [field, 'null', null], [field, 'a string', '3'], [field, 'negative', -1], [field, 'fractional', 1.5],
  [field, 'NaN', Number.NaN], [field, 'Infinity', Number.POSITIVE_INFINITY], [field, 'beyond a safe integer', 2 ** 53],
]

/** One malformed state message per field and problem: missing, null, wrong type, out of range. */
const MALFORMED_STATE: Case[] = [
  ['v', 'missing', MISSING], ['v', 'null', null], ['v', 'a string', '1'], ['v', 'another version', SYNC_VERSION + 1],
  ...TEXT_FIELD('from'),
  ['role', 'missing', MISSING], ['role', 'null', null], ['role', 'a number', 1], ['role', 'unknown', 'student'],
  ...TEXT_FIELD('lessonId').filter(([, problem]) => problem !== 'a number'),
  ['lessonId', 'a number', 1],
  ['type', 'missing', MISSING], ['type', 'null', null], ['type', 'a number', 1], ['type', 'unknown', 'state-please'],
  ...COUNT_FIELD('seq'),
  ['state', 'missing', MISSING], ['state', 'null', null], ['state', 'a string', 'normal'], ['state', 'an array', []], ['state', 'empty', {}],
  ['state.position', 'missing', MISSING], ['state.position', 'null', null], ['state.position', 'a number', 3], ['state.position', 'an array', [3, 1]],
  ...COUNT_FIELD('state.position.slide'),
  ...COUNT_FIELD('state.position.step'),
  ['state.revealed', 'missing', MISSING], ['state.revealed', 'null', null], ['state.revealed', 'a string', 'q1'],
  ['state.revealed', 'over 500 ids', Array.from({ length: 501 }, (_, index) => `q${index}`)],
  ['state.revealed.0', 'null', null], ['state.revealed.0', 'a number', 1], ['state.revealed.0', 'empty', ''],
  ['state.revealed.0', 'over 200 characters', 'q'.repeat(201)],
  ['state.screen', 'missing', MISSING], ['state.screen', 'null', null], ['state.screen', 'a boolean', true], ['state.screen', 'unknown', 'grey'],
]

const MALFORMED_REQUEST: Case[] = [
  ['v', 'another version', SYNC_VERSION + 1], ['from', 'empty', ''], ['from', 'null', null], ['role', 'missing', MISSING],
  ['role', 'unknown', 'student'], ['lessonId', 'missing', MISSING], ['lessonId', 'over 200 characters', 'x'.repeat(201)],
]

describe('malformed messages', () => {
  it('the valid messages the table starts from are accepted (so each rejection is the changed field)', () => {
    const hub = createMemoryHub()
    const audience = listeningAudience(hub)
    postRaw(audience.sender, VALID_STATE)
    expect(audience.applied).toEqual([VALID_STATE.state])
    postRaw(audience.sender, VALID_REQUEST)
    expect(audience.replies).toHaveLength(1)
    expect(audience.presenterSeen()).toBe(true)
  })

  it.each([
    ...MALFORMED_STATE.map(([field, problem, value]) => ['state', field, problem, withField(VALID_STATE, field, value)] as const),
    ...MALFORMED_REQUEST.map(([field, problem, value]) => ['request', field, problem, withField(VALID_REQUEST, field, value)] as const),
  ])('a %s with %s %s is ignored without throwing: nothing applied, no answer, no presenter seen', (_kind, _field, _problem, message) => {
    expect(parseSyncMessage(message)).toBeUndefined()
    const hub = createMemoryHub()
    const audience = listeningAudience(hub)
    expect(() => postRaw(audience.sender, message)).not.toThrow()
    expect(audience.applied).toEqual([])
    expect(audience.presenterSeen()).toBe(false)
    expect(audience.replies).toEqual([])
  })

  it.each<[string, unknown]>([
    ['null', null], ['undefined', undefined], ['a string', 'state'], ['a number', 1], ['an array', [VALID_STATE]], ['an empty object', {}],
  ])('%s is ignored', (_name, value) => {
    const hub = createMemoryHub()
    const audience = listeningAudience(hub)
    expect(() => postRaw(audience.sender, value)).not.toThrow()
    expect(audience.applied).toEqual([])
    expect(audience.replies).toEqual([])
  })

  it('keys the schema does not name are accepted and dropped (windows of other versions keep syncing)', () => {
    const newer = { ...VALID_STATE, sentAt: 123, state: { ...VALID_STATE.state, laser: { x: 1, y: 2 }, position: { ...VALID_STATE.state.position, fragment: 2 } } }
    expect(parseSyncMessage(newer)).toEqual(VALID_STATE)
    const hub = createMemoryHub()
    const audience = listeningAudience(hub)
    postRaw(audience.sender, newer)
    expect(audience.applied).toEqual([VALID_STATE.state])
  })
})

/** An audience session whose listener the test calls directly with anything. */
function directAudience() {
  let listener: ((message: unknown) => void) | undefined
  const applied: SharedDeckState[] = []
  const sent: SyncMessage[] = []
  const rejected: unknown[] = []
  createSyncSession({
    transport: {
      post: (message) => sent.push(message),
      subscribe(next) {
        listener = next
        return () => undefined
      },
      close: () => undefined,
    },
    lessonId: 'leccion',
    role: 'audience',
    id: 'a',
    current: () => START,
    onRemoteState: (state) => applied.push(state),
    onRejected: (value) => rejected.push(value),
  })
  sent.length = 0 // the session's own request for the state when it opened
  return { deliver: (value: unknown) => listener!(value), applied, sent, rejected }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const COUNT_OK = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0
const ID_OK = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= 200
const POSITION_OK = (value: unknown) => isObject(value) && COUNT_OK(value.slide) && COUNT_OK(value.step)
const REVEALED_OK = (value: unknown) => Array.isArray(value) && value.length <= 500 && value.every(ID_OK)
const SCREEN_OK = (value: unknown) => value === 'normal' || value === 'black' || value === 'white'
const IS_START = (state: Record<string, unknown>) => {
  const position = state.position as Record<string, unknown>
  return position.slide === 0 && position.step === 0 && (state.revealed as unknown[]).length === 0 && state.screen === 'normal'
}

/**
 * Whether the audience ('a', lesson 'leccion', at START, nothing seen yet)
 * applies VALID_STATE with the field at a path replaced: written out by
 * hand, as an oracle independent of the schemas.
 */
const APPLIES_WITH: Record<string, (value: unknown) => boolean> = {
  'v': (value) => value === SYNC_VERSION,
  'from': (value) => ID_OK(value) && value !== 'a',
  'role': (value) => value === 'audience' || value === 'presenter',
  'lessonId': (value) => value === 'leccion',
  'type': (value) => value === 'state', // 'request-state' is valid too, but asks for a state instead of bringing one
  'seq': COUNT_OK,
  'state': (value) => isObject(value) && POSITION_OK(value.position) && REVEALED_OK(value.revealed) && SCREEN_OK(value.screen) && !IS_START(value),
  'state.position': POSITION_OK,
  'state.position.slide': COUNT_OK,
  'state.position.step': COUNT_OK,
  'state.revealed': REVEALED_OK,
  'state.revealed.0': ID_OK,
  'state.screen': SCREEN_OK,
}

const validId = fc.string({ minLength: 1, maxLength: 200 })
const validState: fc.Arbitrary<SharedDeckState> = fc.record({
  position: fc.record({ slide: fc.nat(), step: fc.nat() }),
  revealed: fc.uniqueArray(validId, { maxLength: 20 }),
  screen: fc.constantFrom('normal', 'black', 'white'),
})

/** Values each field accepts, so the property sees both outcomes for every field. */
const VALID_VALUE: Record<string, fc.Arbitrary<unknown>> = {
  'v': fc.constant(SYNC_VERSION),
  'from': validId,
  'role': fc.constantFrom('audience', 'presenter'),
  'lessonId': fc.constant('leccion'),
  'type': fc.constant('state'),
  'seq': fc.maxSafeNat(),
  'state': validState,
  'state.position': fc.record({ slide: fc.maxSafeNat(), step: fc.nat() }),
  'state.position.slide': fc.maxSafeNat(),
  'state.position.step': fc.maxSafeNat(),
  'state.revealed': fc.array(validId, { maxLength: 5 }),
  'state.revealed.0': validId,
  'state.screen': fc.constantFrom('normal', 'black', 'white'),
}

/** fc.anything(), and values near the edges of what the fields accept, so both outcomes are exercised. */
const nearMiss = fc.oneof(
  fc.anything(),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('a', 'p', 'leccion', 'state', 'request-state', 'normal', 'black', 'white', 'audience', 'presenter',
    'x'.repeat(200), 'x'.repeat(201), 2 ** 53 - 1, 2 ** 53, SYNC_VERSION + 1),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
)
const replacement = fc.oneof(
  nearMiss,
  fc.record({ slide: nearMiss, step: nearMiss }),
  fc.record({ position: fc.oneof(nearMiss, fc.record({ slide: nearMiss, step: nearMiss })), revealed: nearMiss, screen: nearMiss }),
)

describe('sync listener properties', () => {
  it('anything at all: never throws, never applies a state, never answers, and is reported as rejected', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      const audience = directAudience()
      audience.deliver(value)
      expect(audience.applied).toEqual([])
      expect(audience.sent).toEqual([])
      expect(audience.rejected).toEqual([value])
    }), { numRuns: 1000 })
  })

  it('a valid message with one field replaced by anything: never throws, applies exactly when the field is still valid', () => {
    const mutation = fc.constantFrom(...Object.keys(APPLIES_WITH))
      .chain((field) => fc.tuple(fc.constant(field), fc.oneof(replacement, VALID_VALUE[field]!)))
    fc.assert(fc.property(mutation, ([field, value]) => {
      const audience = directAudience()
      audience.deliver(withField(VALID_STATE, field, value))
      expect(audience.applied).toHaveLength(APPLIES_WITH[field]!(value) ? 1 : 0)
    }), { numRuns: 2000 })
  })

  it('a valid message with any one field removed: never throws, never applies', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.keys(APPLIES_WITH)), (field) => {
      const audience = directAudience()
      audience.deliver(withField(VALID_STATE, field, MISSING))
      expect(audience.applied).toEqual([])
      expect(audience.rejected).toHaveLength(1)
    }))
  })

  it('valid states round-trip between windows, unchanged', () => {
    fc.assert(fc.property(validState, fc.nat({ max: 2 ** 40 }), (state, seq) => {
      const message: SyncMessage = { v: SYNC_VERSION, from: 'p', role: 'presenter', lessonId: 'leccion', type: 'state', seq, state }
      expect(parseSyncMessage(message)).toEqual(message)
      const hub = createMemoryHub()
      const audience = window_(hub, 'a', 'audience', START)
      const presenter = window_(hub, 'p', 'presenter', START)
      presenter.move(state)
      expect(audience.state()).toEqual(presenter.state())
    }), { numRuns: 200 })
  })
})
