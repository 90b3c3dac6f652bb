import { useDeferredValue } from 'react'
import { useProgress } from '../store-react/progress-context.tsx'

/**
 * The student's shuffle seed for option order. The prerendered page was
 * shuffled with the empty seed, so the first render (hydration) uses it too;
 * the student's own order follows in a deferred render, which React splits
 * into short tasks, instead of reshuffling every question of the lesson in
 * one long task right after hydration. The seed is set on the first visit
 * and replaced only when the student imports another browser's progress;
 * the subscription follows that, so the options take the imported order.
 */
export function useShuffleSeed(): string {
  return useDeferredValue(useProgress((state) => state.seed), '')
}
