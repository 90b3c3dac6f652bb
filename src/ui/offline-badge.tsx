import type { OfflineStatus } from '../app/use-offline-status.ts'
import { useStrings } from '../i18n/use-strings.ts'

/** "Available offline" once the course is stored in the browser. */
export function OfflineBadge({ status }: { status: OfflineStatus }) {
  const t = useStrings()
  return (
    <p className="offline-badge" role="status" data-status={status}>
      {status === 'ready' && <><span aria-hidden="true">✓</span> {t.offlineReady}</>}
      {status === 'offline' && <><span aria-hidden="true">⚡</span> {t.offlineNow}</>}
    </p>
  )
}
