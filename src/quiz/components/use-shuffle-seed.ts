import { useDeferredValue } from 'react'
import { progressStore } from '../../store/progress.ts'

/**
 * The student's shuffle seed for option order. The prerendered page was
 * shuffled with the empty seed, so the first render (hydration) uses it too;
 * the student's own order follows in a deferred render, which React splits
 * into short tasks, instead of reshuffling every question of the lesson in
 * one long task right after hydration. The seed is set once per browser
 * and never changes afterwards, so it is read without a subscription.
 */
export function useShuffleSeed(): string {
  return useDeferredValue(progressStore.getState().seed, '')
}
