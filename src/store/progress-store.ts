import { createStore, type StoreApi } from 'zustand/vanilla'
import { persist, type PersistStorage } from 'zustand/middleware'
import { randomId } from '../lib/random-id.ts'
import type { CourseCatalog } from './course-catalog.ts'
import { migrateProgress } from './migrations.ts'
import { PROGRESS_STORAGE_KEY, type ProgressStorage } from './progress-storage.ts'
import { type ProgressData, PROGRESS_VERSION, toProgressData } from './progress-types.ts'
import { repairProgress } from './repair.ts'
import { readStoredEnvelope } from './stored-envelope.ts'
import { type AnswersSlice, createAnswersSlice } from './slices/answers-slice.ts'
import { type AssessmentsSlice, createAssessmentsSlice } from './slices/assessments-slice.ts'
import { type NoticeSlice, type ProgressNotice, createNoticeSlice } from './slices/notice-slice.ts'
import { type ProfileSlice, createProfileSlice } from './slices/profile-slice.ts'
import type { SliceTools } from './slices/slice-tools.ts'
import { type VisitsSlice, createVisitsSlice } from './slices/visits-slice.ts'

export type { ProgressNotice } from './slices/notice-slice.ts'

/** What changes several slices at once, in one save. */
export interface CourseActions {
  /** Forgets a lesson's answers, self-assessments and slides seen (the catalog says which are the lesson's). */
  resetLesson(lessonId: string): void
  /** Replaces progress with validated imported data; an import without a seed keeps this one. */
  replaceProgress(data: ProgressData): void
}

/** The student's progress: persisted slices (answers, assessments, visits, profile), the transient notice, and course-wide actions. */
export type ProgressState = AnswersSlice & AssessmentsSlice & VisitsSlice & ProfileSlice & NoticeSlice & CourseActions

export type ProgressStore = StoreApi<ProgressState> & {
  persist: { rehydrate: () => Promise<void> | void; hasHydrated: () => boolean }
  /** What the store validates saved and imported progress against. */
  catalog: CourseCatalog
  /** Reloads progress whenever it is saved elsewhere (another tab); returns how to stop. */
  followChangesElsewhere(): () => void
}

export interface ProgressStoreOptions {
  catalog: CourseCatalog
  storage: ProgressStorage
  now?: () => number
  newSeed?: () => string
}

/** persist's view of a ProgressStorage: versioned envelopes in and out, under the course's one key. */
function envelopeStorage(storage: ProgressStorage): PersistStorage<ProgressData> {
  return {
    getItem() {
      const raw = storage.read()
      return raw === null ? null : readStoredEnvelope<ProgressData>(raw)
    },
    setItem: (_name, value) => storage.write(JSON.stringify(value)),
    removeItem: () => {},
  }
}

const without = <T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))

/**
 * The course's progress store (zustand's slices pattern): each slice is a
 * small module with its own actions; this combines them under one persisted
 * store with one version and one migration chain. Create one per page (and
 * one per test) and hand it down through <ProgressProvider>.
 */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const { catalog } = options
  const now = options.now ?? Date.now
  const newSeed = options.newSeed ?? randomId
  const saved = envelopeStorage(options.storage)
  let needsSave = false
  let repairedCount = 0

  const persisted = createStore<ProgressState>()(
    persist(
      (set, get) => {
        const tools: SliceTools<ProgressState> = { set, get, now }
        return {
          ...createProfileSlice(),
          ...createAnswersSlice(tools),
          ...createAssessmentsSlice(tools, catalog.assessmentQuestions),
          ...createVisitsSlice(tools),
          ...createNoticeSlice(tools),
          resetLesson(lessonId) {
            const keys = catalog.lessonKeys(lessonId)
            const { answers, assessments, visits } = get()
            set({ answers: without(answers, keys.questions), assessments: without(assessments, keys.assessments), visits: without(visits, [lessonId]) })
          },
          replaceProgress(data) {
            set({ ...toProgressData(data), seed: data.seed || get().seed })
          },
        }
      },
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage: saved,
        partialize: (state: ProgressState) => toProgressData(state),
        migrate: (state, version) => migrateProgress(state, version) as ProgressData,
        merge: (state, current) => {
          if (state === undefined) {
            needsSave = true
            return { ...current, seed: newSeed() }
          }
          const { data, setAsideCount } = repairProgress(state, catalog, now())
          repairedCount = setAsideCount
          if (setAsideCount > 0) needsSave = true
          if (!data.seed) {
            data.seed = newSeed()
            needsSave = true
          }
          return { ...current, ...data }
        },
      },
    ),
  )

  // A new seed, a migration or a repair is saved at once, so the next load starts from it.
  const afterLoading = () => {
    if (needsSave) saved.setItem(PROGRESS_STORAGE_KEY, { state: toProgressData(persisted.getState()), version: PROGRESS_VERSION })
    const notice: ProgressNotice = options.storage.memoryOnly()
      ? { kind: 'memory-only' }
      : repairedCount > 0 ? { kind: 'repaired', count: repairedCount } : null
    if (notice) persisted.setState({ notice })
    needsSave = false
    repairedCount = 0
  }
  afterLoading()
  const rehydrate = persisted.persist.rehydrate
  persisted.persist.rehydrate = async () => {
    await rehydrate()
    afterLoading()
  }
  return Object.assign(persisted, {
    catalog,
    followChangesElsewhere: () => options.storage.onChangedElsewhere(() => void persisted.persist.rehydrate()),
  })
}
