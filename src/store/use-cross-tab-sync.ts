import { useEffect } from 'react'
import { progressStore } from './progress.ts'

/** An answer saved in another tab of the course appears in this one. */
export function useCrossTabSync(): void {
  useEffect(() => progressStore.followChangesElsewhere(), [])
}
