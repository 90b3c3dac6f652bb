import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { readStoredEnvelope } from './stored-envelope.ts'

export type StorageProblem = 'unavailable' | 'unreadable'

/**
 * localStorage that never throws: when it is missing (private mode, blocked
 * cookies) or full, progress is kept in memory and `onProblem` says so; a
 * value that is not JSON is handed on as a string for repair to set aside,
 * never dropped.
 */
export function createSafeStorage<S>(
  getStorage: () => Storage | undefined,
  onProblem: (problem: StorageProblem) => void,
): PersistStorage<S> {
  const memory = new Map<string, string>()
  let backend: Storage | undefined
  try {
    backend = getStorage()
    if (backend) {
      const probe = '__aulavirt_probe__'
      backend.setItem(probe, probe)
      backend.removeItem(probe)
    }
  } catch {
    backend = undefined
  }
  if (!backend) onProblem('unavailable')

  const read = (name: string): string | null => {
    if (!backend) return memory.get(name) ?? null
    try {
      return backend.getItem(name)
    } catch {
      backend = undefined
      onProblem('unavailable')
      return memory.get(name) ?? null
    }
  }

  return {
    getItem(name): StorageValue<S> | null {
      const raw = read(name)
      return raw === null ? null : readStoredEnvelope<S>(raw, () => onProblem('unreadable'))
    },
    setItem(name, value) {
      const text = JSON.stringify(value)
      memory.set(name, text)
      if (!backend) return
      try {
        backend.setItem(name, text)
      } catch {
        backend = undefined
        onProblem('unavailable')
      }
    },
    removeItem(name) {
      memory.delete(name)
      try {
        backend?.removeItem(name)
      } catch {
        backend = undefined
      }
    },
  }
}
