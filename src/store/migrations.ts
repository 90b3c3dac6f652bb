import { isRecord } from '../lib/is-record.ts'
import { PROGRESS_VERSION } from './progress-types.ts'

/**
 * Saved progress from older versions of the app, one pure step per version.
 * Each step takes whatever the previous version stored and returns the next
 * version's shape; anything it cannot read is left for repairProgress to set
 * aside. Never delete a step: a student may come back after a year.
 */
type MigrationStep = (state: Record<string, unknown>) => Record<string, unknown>

/**
 * v1 (first prototype): answers as `{ value, tries, at }` and, per lesson,
 * only the furthest slide reached. v2: answers with check count and first and
 * last check times, visited slides as a list, self-assessments, a shuffle seed.
 */
function v1ToV2(state: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {}
  for (const [id, answer] of Object.entries(isRecord(state.answers) ? state.answers : {})) {
    if (!isRecord(answer) || !('value' in answer)) {
      answers[id] = answer
      continue
    }
    const at = typeof answer.at === 'number' ? answer.at : 0
    answers[id] = {
      response: answer.value,
      checks: typeof answer.tries === 'number' ? answer.tries : 1,
      firstCheckedAt: at,
      lastCheckedAt: at,
    }
  }
  const visits: Record<string, unknown> = {}
  for (const [lesson, furthest] of Object.entries(isRecord(state.visited) ? state.visited : {})) {
    visits[lesson] = typeof furthest === 'number' && Number.isInteger(furthest) && furthest >= 0 && furthest < 1000
      ? Array.from({ length: furthest + 1 }, (_, index) => index)
      : furthest
  }
  return { seed: '', answers, assessments: {}, visits, setAside: [] }
}

const STEPS: Record<number, MigrationStep> = {
  1: v1ToV2,
}

/** Brings saved state of any known version up to PROGRESS_VERSION. */
export function migrateProgress(persisted: unknown, fromVersion: number): unknown {
  let state: unknown = persisted
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    const step = STEPS[version]
    if (!step || !isRecord(state)) return state
    state = step(state)
  }
  return state
}
