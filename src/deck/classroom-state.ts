import type { Screen } from './sync-protocol.ts'

/**
 * What a lesson shown in class adds to the slide position: which answers the
 * teacher has revealed, whether the screen is blanked, and whether the deck
 * is being presented (then quizzes show no answers and record nothing).
 */
export interface ClassroomState {
  /** A presenter console drives this deck: it is being shown in class. */
  presented: boolean
  revealed: readonly string[]
  screen: Screen
}

export interface ClassroomStore {
  get(): ClassroomState
  set(patch: Partial<ClassroomState>): void
  subscribe(listener: () => void): () => void
}

export function createClassroomStore(initial: Partial<ClassroomState> = {}): ClassroomStore {
  let state: ClassroomState = { presented: false, revealed: [], screen: 'normal', ...initial }
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch }
      if (next.presented === state.presented && next.screen === state.screen && next.revealed === state.revealed) return
      state = next
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Toggles one question's revealed answer. */
export function toggleRevealed(revealed: readonly string[], questionId: string): string[] {
  return revealed.includes(questionId) ? revealed.filter((id) => id !== questionId) : [...revealed, questionId]
}

/** B and . toggle black, W toggles white: the key of the screen shown brings the slide back, the other key switches straight to its colour. */
export function toggleScreen(current: Screen, wanted: Exclude<Screen, 'normal'>): Screen {
  return current === wanted ? 'normal' : wanted
}
