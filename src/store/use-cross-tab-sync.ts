import { useEffect } from 'react'
import { progressStore } from './progress.ts'
import { PROGRESS_STORAGE_KEY } from './progress-store.ts'

/** An answer saved in another tab of the course appears in this one. */
export function useCrossTabSync(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_STORAGE_KEY) void progressStore.persist.rehydrate()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
}
