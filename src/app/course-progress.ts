import { LESSONS } from '../lessons/registry.ts'
import { catalogFrom } from '../store/course-catalog.ts'
import { createLmsProgressStorage, findLmsBridge } from '../store/lms-storage.ts'
import { type ProgressStore, createProgressStore } from '../store/progress-store.ts'
import { createLocalProgressStorage, createMemoryProgressStorage } from '../store/progress-storage.ts'

/** In the SCORM package, inside its launch page: progress goes to the LMS, not to localStorage. */
const lmsBridge = __AULAVIRT_SCORM__ && typeof window !== 'undefined' ? findLmsBridge(window) : undefined
/** Whether the LMS (Moodle) keeps this student's progress; always false outside the SCORM build. */
export const progressKeptByLms = __AULAVIRT_SCORM__ && lmsBridge !== undefined

/**
 * The student's progress for the whole course, checked against every lesson:
 * in this browser's localStorage, in the LMS inside the SCORM package, in
 * memory for the prerender. Created once at start-up (main.tsx; once per page
 * for the prerender) and handed to the components through <ProgressProvider>.
 */
export function createCourseProgress(): ProgressStore {
  return createProgressStore({
    catalog: catalogFrom(LESSONS),
    storage: lmsBridge ? createLmsProgressStorage(lmsBridge)
      : typeof window === 'undefined' ? createMemoryProgressStorage()
      : createLocalProgressStorage(() => window.localStorage, window),
  })
}
