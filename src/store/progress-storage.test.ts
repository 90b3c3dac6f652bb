import { describe, expect, it } from 'vitest'
import { PROGRESS_STORAGE_KEY, createLocalProgressStorage, createMemoryProgressStorage } from './progress-storage.ts'

/** A localStorage stand-in whose writes can start failing (full quota). */
function fakeLocalStorage() {
  const items = new Map<string, string>()
  const control = { failWrites: false }
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (control.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      items.set(key, value)
    },
    removeItem: (key: string) => void items.delete(key),
  } as unknown as Storage
  return { storage, items, control }
}

const storageEvent = (key: string | null) => Object.assign(new Event('storage'), { key })

describe('progress in localStorage', () => {
  it('writes and reads the text under the course key', () => {
    const local = fakeLocalStorage()
    const storage = createLocalProgressStorage(() => local.storage)
    expect(storage.read()).toBeNull()
    storage.write('{"state":{},"version":2}')
    expect(local.items.get(PROGRESS_STORAGE_KEY)).toBe('{"state":{},"version":2}')
    expect(storage.read()).toBe('{"state":{},"version":2}')
    expect(storage.memoryOnly()).toBe(false)
  })

  it('when writing starts failing, keeps the progress in memory from then on and says so', () => {
    const local = fakeLocalStorage()
    const storage = createLocalProgressStorage(() => local.storage)
    storage.write('first')
    local.control.failWrites = true
    storage.write('second')
    expect(storage.memoryOnly()).toBe(true)
    expect(storage.read()).toBe('second')
    expect(local.items.get(PROGRESS_STORAGE_KEY)).toBe('first')
  })

  it('hears saves of the course key in other tabs only, until it stops listening', () => {
    const window = new EventTarget() as unknown as Window
    const storage = createLocalProgressStorage(() => fakeLocalStorage().storage, window)
    let heard = 0
    const stop = storage.onChangedElsewhere(() => { heard += 1 })
    window.dispatchEvent(storageEvent(PROGRESS_STORAGE_KEY))
    window.dispatchEvent(storageEvent('aulavirt-lang'))
    window.dispatchEvent(storageEvent(null)) // localStorage.clear() elsewhere
    expect(heard).toBe(1)
    stop()
    window.dispatchEvent(storageEvent(PROGRESS_STORAGE_KEY))
    expect(heard).toBe(1)
  })
})

describe('progress in memory on purpose (prerender, tests)', () => {
  it('starts from the given text, keeps what is written and is not a storage problem', () => {
    const storage = createMemoryProgressStorage('saved')
    expect(storage.read()).toBe('saved')
    storage.write('new')
    expect(storage.saved()).toBe('new')
    expect(storage.memoryOnly()).toBe(false)
  })
})
