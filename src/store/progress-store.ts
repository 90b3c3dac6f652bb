import { randomId } from '../lib/random-id.ts'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { persist, type PersistStorage } from 'zustand/middleware'
import type { QuestionSpec } from '../quiz/model.ts'
import { migrateProgress } from './migrations.ts'
import { PROGRESS_STORAGE_KEY, type ProgressStorage } from './progress-storage.ts'
import { type ProgressData, PROGRESS_VERSION, emptyProgress, toProgressData } from './progress-types.ts'
import { type Catalog, repairProgress } from './repair.ts'
import { readStoredEnvelope } from './stored-envelope.ts'

/** Told to the student once, in a banner; never persisted. */
export type ProgressNotice =
  | { kind: 'repaired'; count: number }
  | { kind: 'memory-only' }
  | null

export interface ProgressActions {
  /** "Comprobar": saves the response and counts the try. */
  checkAnswer(questionId: string, response: unknown): void
  showSolution(questionId: string): void
  setAssessmentDraft(assessmentId: string, questionId: string, response: unknown): void
  /** Submits the current draft and clears it; every earlier submission is kept. */
  submitAssessment(assessmentId: string, questionIds: readonly string[]): void
  markVisited(lessonId: string, slide: number): void
  resetLesson(lessonId: string, questionIds: readonly string[], assessmentIds: readonly string[]): void
  /** Replaces progress with validated imported data. */
  replaceProgress(data: ProgressData): void
  dismissNotice(): void
}

export type ProgressState = ProgressData & ProgressActions & { notice: ProgressNotice }
export type ProgressStore = StoreApi<ProgressState> & {
  persist: { rehydrate: () => Promise<void> | void; hasHydrated: () => boolean }
  /** Reloads progress whenever it is saved elsewhere (another tab); returns how to stop. */
  followChangesElsewhere(): () => void
}

export interface ProgressStoreOptions {
  catalog: Catalog
  storage: ProgressStorage
  now?: () => number
  newSeed?: () => string
}

/** persist's view of a ProgressStorage: envelopes in and out; the name is always the course's one key. */
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

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const now = options.now ?? Date.now
  const newSeed = options.newSeed ?? randomId
  const saved = envelopeStorage(options.storage)
  let needsSave = false
  let repairedCount = 0

  const persisted = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        notice: null,
        checkAnswer(questionId, response) {
          const at = now()
          const previous = get().answers[questionId]
          set({
            answers: {
              ...get().answers,
              [questionId]: {
                response,
                checks: (previous?.checks ?? 0) + 1,
                firstCheckedAt: previous?.firstCheckedAt ?? at,
                lastCheckedAt: at,
                ...(previous?.solutionShownAt ? { solutionShownAt: previous.solutionShownAt } : {}),
              },
            },
          })
        },
        showSolution(questionId) {
          const previous = get().answers[questionId]
          if (!previous || previous.solutionShownAt) return
          set({ answers: { ...get().answers, [questionId]: { ...previous, solutionShownAt: now() } } })
        },
        setAssessmentDraft(assessmentId, questionId, response) {
          const record = get().assessments[assessmentId] ?? { draft: {}, submissions: [] }
          set({ assessments: { ...get().assessments, [assessmentId]: { ...record, draft: { ...record.draft, [questionId]: response } } } })
        },
        submitAssessment(assessmentId, questionIds) {
          const record = get().assessments[assessmentId] ?? { draft: {}, submissions: [] }
          const responses = Object.fromEntries(questionIds.filter((id) => id in record.draft).map((id) => [id, record.draft[id]]))
          set({
            assessments: {
              ...get().assessments,
              [assessmentId]: { draft: {}, submissions: [...record.submissions, { at: now(), responses }] },
            },
          })
        },
        markVisited(lessonId, slide) {
          const visited = get().visits[lessonId] ?? []
          if (visited.includes(slide)) return
          set({ visits: { ...get().visits, [lessonId]: [...visited, slide].sort((a, b) => a - b) } })
        },
        resetLesson(lessonId, questionIds, assessmentIds) {
          const answers = { ...get().answers }
          questionIds.forEach((id) => delete answers[id])
          const assessments = { ...get().assessments }
          assessmentIds.forEach((id) => delete assessments[id])
          const visits = { ...get().visits }
          delete visits[lessonId]
          set({ answers, assessments, visits })
        },
        replaceProgress(data) {
          set({ ...data, seed: data.seed || get().seed })
        },
        dismissNotice() {
          set({ notice: null })
        },
      }),
      {
        name: PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage: saved,
        partialize: (state: ProgressState) => toProgressData(state),
        migrate: (persisted, version) => migrateProgress(persisted, version) as ProgressData,
        merge: (persisted, current) => {
          if (persisted === undefined) {
            needsSave = true
            return { ...current, seed: newSeed() }
          }
          const { data, setAsideCount } = repairProgress(persisted, options.catalog, now())
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
  const store: ProgressStore = Object.assign(persisted, {
    followChangesElsewhere: () => options.storage.onChangedElsewhere(() => void persisted.persist.rehydrate()),
  })

  // A new seed, a migration or a repair is saved at once, so the next load starts from it.
  const afterHydration = () => {
    if (needsSave) saved.setItem(PROGRESS_STORAGE_KEY, { state: toProgressData(store.getState()), version: PROGRESS_VERSION })
    const notice: ProgressNotice = options.storage.memoryOnly()
      ? { kind: 'memory-only' }
      : repairedCount > 0 ? { kind: 'repaired', count: repairedCount } : null
    if (notice) store.setState({ notice })
    needsSave = false
    repairedCount = 0
  }
  afterHydration()
  const rehydrate = store.persist.rehydrate
  store.persist.rehydrate = async () => {
    await rehydrate()
    afterHydration()
  }
  return store
}

/** Builds the catalog of what the course contains from its question specs. */
export function catalogFrom(lessons: readonly { meta: { id: string }; questions: readonly QuestionSpec[] }[]): Catalog {
  const questions = new Map<string, QuestionSpec>()
  const assessments = new Set<string>()
  for (const lesson of lessons) {
    for (const question of lesson.questions) {
      questions.set(question.id, question)
      if (question.assessment) assessments.add(question.assessment)
    }
  }
  return { questions, assessments, lessons: new Set(lessons.map((lesson) => lesson.meta.id)) }
}

