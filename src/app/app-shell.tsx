import { createContext, type ReactNode } from 'react'
import { useCrossTabSync } from '../store/use-cross-tab-sync.ts'
import { ProgressNotice } from '../ui/progress-notice.tsx'
import { type OfflineStatus, useOfflineStatus } from './use-offline-status.ts'

/** Whether the course is stored for offline use (shown in the site header). */
export const OfflineStatusContext = createContext<OfflineStatus>('unknown')

/** What every page shares: the progress notice, tabs kept in sync, offline availability. */
export function AppShell({ children }: { children: ReactNode }) {
  useCrossTabSync()
  const offline = useOfflineStatus()
  return (
    <OfflineStatusContext.Provider value={offline}>
      <ProgressNotice />
      {children}
    </OfflineStatusContext.Provider>
  )
}
