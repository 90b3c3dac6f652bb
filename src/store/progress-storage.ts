/** The key of the course's progress in localStorage (and of its `storage` events). */
export const PROGRESS_STORAGE_KEY = 'aulavirt-progress'

/**
 * Where the student's progress is kept: the saved text (a versioned JSON
 * envelope, see stored-envelope.ts), read once at start-up and written after
 * every change. Kept by this browser's localStorage (with a memory fallback
 * when it fails), by the LMS inside the SCORM package (lms-storage.ts), or in
 * memory on purpose for the prerender and tests.
 */
export interface ProgressStorage {
  /** The saved text, or null when nothing was saved yet. */
  read(): string | null
  write(text: string): void
  /** Calls `listener` when progress was saved elsewhere (another tab of the course); returns how to stop listening. */
  onChangedElsewhere(listener: () => void): () => void
  /** True once progress can only be kept in this page's memory: lost on reload, and the student must be told. */
  memoryOnly(): boolean
}

/** Where `storage` events come from (the window); absent on the server. */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>

/**
 * localStorage that never throws: when it is missing (private mode, blocked
 * cookies) or fails (full quota), progress is kept in memory from then on and
 * `memoryOnly()` says so. Another tab's save arrives as a `storage` event.
 */
export function createLocalProgressStorage(
  getStorage: () => Storage | undefined,
  events?: StorageEventSource,
  key = PROGRESS_STORAGE_KEY,
): ProgressStorage {
  let memory: string | null = null
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
  let memoryOnly = backend === undefined

  const fallBack = () => {
    backend = undefined
    memoryOnly = true
  }

  return {
    read() {
      if (!backend) return memory
      try {
        return backend.getItem(key)
      } catch {
        fallBack()
        return memory
      }
    },
    write(text) {
      memory = text
      if (!backend) return
      try {
        backend.setItem(key, text)
      } catch {
        fallBack()
      }
    },
    onChangedElsewhere(listener) {
      if (!events) return () => {}
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener()
      }
      events.addEventListener('storage', onStorage)
      return () => events.removeEventListener('storage', onStorage)
    },
    memoryOnly: () => memoryOnly,
  }
}

/** Progress kept in memory only, on purpose: the server's prerender and tests. */
export function createMemoryProgressStorage(saved: string | null = null): ProgressStorage & { saved: () => string | null } {
  let text = saved
  return {
    read: () => text,
    write(value) {
      text = value
    },
    onChangedElsewhere: () => () => {},
    memoryOnly: () => false,
    saved: () => text,
  }
}
