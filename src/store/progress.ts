import { useStore } from 'zustand'
import { LESSONS } from '../lessons/registry.ts'
import { catalogFrom } from './course-catalog.ts'
import { type ProgressState, createProgressStore } from './progress-store.ts'
import { createLmsProgressStorage, findLmsBridge } from './lms-storage.ts'
import { createLocalProgressStorage, createMemoryProgressStorage } from './progress-storage.ts'

/** In the SCORM package, inside its launch page: progress goes to the LMS, not to localStorage. */
const lmsBridge = __AULAVIRT_SCORM__ && typeof window !== 'undefined' ? findLmsBridge(window) : undefined
/** Whether the LMS (Moodle) keeps this student's progress; always false outside the SCORM build. */
export const progressKeptByLms = __AULAVIRT_SCORM__ && lmsBridge !== undefined

/** Everything the course contains, to validate saved and imported progress against. */
export const progressCatalog = catalogFrom(LESSONS)

/** The student's progress for the whole course, saved in this browser (by the LMS inside the SCORM package). */
export const progressStore = createProgressStore({
  catalog: progressCatalog,
  storage: lmsBridge ? createLmsProgressStorage(lmsBridge)
    : typeof window === 'undefined' ? createMemoryProgressStorage()
    : createLocalProgressStorage(() => window.localStorage, window),
})

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector)
}
