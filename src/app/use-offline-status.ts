import { useEffect, useState } from 'react'
import { useRoute } from '../routing-react/route-context.ts'
import { rootPrefix } from '../routing/routes.ts'
import type { OfflineStatus } from '../ui/offline-status.ts'

/**
 * Registers the service worker of the production build (it precaches every
 * page and asset) and reports when the course is available offline.
 */
export function useOfflineStatus(): OfflineStatus {
  const route = useRoute()
  const [status, setStatus] = useState<OfflineStatus>('unknown')
  useEffect(() => {
    // Not in the SCORM package: a worker scoped to the LMS's file URLs would outlive the package's updates.
    if (!import.meta.env.PROD || __AULAVIRT_SCORM__ || !('serviceWorker' in navigator)) return
    let cancelled = false
    const update = (registration: ServiceWorkerRegistration | undefined) => {
      if (cancelled || !registration?.active) return
      setStatus(navigator.onLine ? 'ready' : 'offline')
    }
    navigator.serviceWorker.register(`${rootPrefix(route)}sw.js`).catch(() => undefined)
    void navigator.serviceWorker.ready.then(update)
    const onNetworkChange = () => void navigator.serviceWorker.getRegistration().then(update)
    window.addEventListener('online', onNetworkChange)
    window.addEventListener('offline', onNetworkChange)
    return () => {
      cancelled = true
      window.removeEventListener('online', onNetworkChange)
      window.removeEventListener('offline', onNetworkChange)
    }
  }, [route])
  return status
}
