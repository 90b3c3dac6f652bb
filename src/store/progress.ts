import { useStore } from 'zustand'
import { LESSONS } from '../lessons/registry.ts'
import { type ProgressState, catalogFrom, createProgressStore } from './progress-store.ts'
import type { ProgressData } from './progress-types.ts'
import { createSafeStorage, type StorageProblem } from './safe-storage.ts'

let storageProblem: StorageProblem | undefined

/** The student's progress for the whole course, saved in this browser. */
export const progressStore = createProgressStore({
  catalog: catalogFrom(LESSONS),
  storage: createSafeStorage<ProgressData>(
    () => (typeof window === 'undefined' ? undefined : window.localStorage),
    (problem) => {
      if (typeof window === 'undefined') return
      storageProblem = problem === 'unavailable' ? problem : storageProblem ?? problem
    },
  ),
  storageProblem: () => storageProblem,
})

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector)
}
