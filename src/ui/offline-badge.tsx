import type { OfflineStatus } from './offline-status.ts'
import { useStrings } from '../i18n-react/use-strings.ts'

/**
 * "Available offline" once the course is stored in the browser. The live
 * region is always there (in the header, with its room kept: pages.css), so
 * the status is announced and shown without moving anything. Where the
 * header has no room for the words, only the icon shows.
 */
export function OfflineBadge({ status }: { status: OfflineStatus }) {
  const t = useStrings()
  return (
    <p className="offline-badge" role="status" data-status={status}>
      {status === 'ready' && <span className="offline-badge-text"><span aria-hidden="true">✓</span> <span className="offline-badge-words sr-only">{t.offlineReady}</span></span>}
      {status === 'offline' && <span className="offline-badge-text"><span aria-hidden="true">⚡</span> <span className="offline-badge-words sr-only">{t.offlineNow}</span></span>}
    </p>
  )
}
