import { createContext, type ReactNode, useEffect } from 'react'
import { useProgressStore } from '../store-react/progress-context.tsx'
import { ProgressNotice } from '../ui/progress-notice.tsx'
import { type OfflineStatus, useOfflineStatus } from './use-offline-status.ts'

/** Whether the course is stored for offline use (shown in the site header). */
export const OfflineStatusContext = createContext<OfflineStatus>('unknown')

/** What every page shares: the progress notice, tabs kept in sync, offline availability. */
export function AppShell({ children }: { children: ReactNode }) {
  const progress = useProgressStore()
  // An answer saved in another tab of the course appears in this one.
  useEffect(() => progress.followChangesElsewhere(), [progress])
  const offline = useOfflineStatus()
  return (
    <OfflineStatusContext.Provider value={offline}>
      <ProgressNotice />
      {children}
    </OfflineStatusContext.Provider>
  )
}
