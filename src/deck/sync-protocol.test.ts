import { describe, expect, it } from 'vitest'
import { type SharedDeckState, type SyncRole, createMemoryHub, createSyncSession, isSyncMessage, SYNC_VERSION } from './sync-protocol.ts'

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
    expect(isSyncMessage({ v: 2, from: 'x', lessonId: 'leccion', type: 'request-state' })).toBe(false)
    expect(isSyncMessage({ v: SYNC_VERSION, from: 'x', lessonId: 'leccion', type: 'state', seq: 'uno', state: {} })).toBe(false)
    expect(isSyncMessage(null)).toBe(false)
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
