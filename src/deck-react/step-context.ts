import { createContext, useContext } from 'react'

/**
 * How many reveal steps of the current slide are shown. `all` is true on the
 * reading page, in print and in thumbnails, where every step is expanded.
 */
export interface StepState {
  revealed: number
  all: boolean
}

/** Every step shown: the reading page, print and thumbnails. */
export const ALL_STEPS: StepState = { revealed: Number.POSITIVE_INFINITY, all: true }

export const StepContext = createContext<StepState>({ revealed: 0, all: true })

/** Whether the reveal step numbered `step` (1-based, counted at build time) is visible. */
export function useStepVisible(step: number): boolean {
  const { revealed, all } = useContext(StepContext)
  return all || step <= revealed
}
