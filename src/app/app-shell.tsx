import { type ReactNode, useEffect } from 'react'
import { useProgressStore } from '../store-react/progress-context.tsx'
import { OfflineStatusContext } from '../ui/offline-status.ts'
import { ProgressNotice } from '../ui/progress-notice.tsx'
import { useOfflineStatus } from './use-offline-status.ts'

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
