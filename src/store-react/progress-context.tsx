import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { ProgressState, ProgressStore } from '../store/progress-store.ts'

const ProgressStoreContext = createContext<ProgressStore | null>(null)

/** Makes one progress store (the page's, created at start-up, or a test's own) reachable by the components below. */
export function ProgressProvider({ store, children }: { store: ProgressStore; children?: ReactNode }) {
  return <ProgressStoreContext.Provider value={store}>{children}</ProgressStoreContext.Provider>
}

/** The student's progress store, for its actions: `useProgressStore().getState().checkAnswer(…)`. */
export function useProgressStore(): ProgressStore {
  const store = useContext(ProgressStoreContext)
  if (!store) throw new Error('useProgressStore: no <ProgressProvider> above this component')
  return store
}

/** Part of the student's progress; the component re-renders when it changes. */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(useProgressStore(), selector)
}
