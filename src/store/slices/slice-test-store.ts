import { createStore, type StoreApi } from 'zustand/vanilla'
import type { SliceTools } from './slice-tools.ts'

/** A store holding one slice alone, on a clock the test moves (starts at 1 000). */
export function sliceTestStore<S>(create: (tools: SliceTools<S>) => S): { store: StoreApi<S>; clock: { now: number } } {
  const clock = { now: 1_000 }
  const store = createStore<S>()((set, get) => create({ set, get, now: () => clock.now }))
  return { store, clock }
}
