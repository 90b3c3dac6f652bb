import type { QuestionSpec } from '../../quiz/model.ts'
import { catalogFrom } from '../course-catalog.ts'
import { type ProgressStore, createProgressStore } from '../progress-store.ts'
import { createMemoryProgressStorage } from '../progress-storage.ts'

/** A test's own progress store: in memory, checked against the given lessons, with a fixed seed. */
export function createTestProgressStore(
  lessons: readonly { meta: { id: string }; questions: readonly QuestionSpec[] }[] = [],
  saved: string | null = null,
): ProgressStore {
  return createProgressStore({ catalog: catalogFrom(lessons), storage: createMemoryProgressStorage(saved), newSeed: () => 'test-seed' })
}
