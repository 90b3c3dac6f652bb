import type { SetAsideEntry } from '../progress-types.ts'

/**
 * The student's own data that belongs to no lesson: the seed that shuffles
 * options the same way on every visit, and what repair kept aside. The store
 * sets both when it loads; no action of the student changes them.
 */
export interface ProfileSlice {
  seed: string
  setAside: SetAsideEntry[]
}

export function createProfileSlice(): ProfileSlice {
  return { seed: '', setAside: [] }
}
