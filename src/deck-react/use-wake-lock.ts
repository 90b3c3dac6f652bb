import { useEffect } from 'react'

/** Keeps the screen awake while presenting, where the browser supports the Wake Lock API. */
export function useWakeLock(): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock
    if (!wakeLock) return
    let sentinel: { release(): Promise<void> } | null = null
    let active = true
    const acquire = () => {
      if (document.visibilityState !== 'visible') return
      wakeLock.request('screen').then((lock) => {
        if (active) sentinel = lock
        else void lock.release()
      }).catch(() => {})
    }
    acquire()
    document.addEventListener('visibilitychange', acquire)
    return () => {
      active = false
      document.removeEventListener('visibilitychange', acquire)
      void sentinel?.release().catch(() => {})
    }
  }, [])
}
