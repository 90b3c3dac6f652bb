import type { ReactNode } from 'react'
import { useCrossTabSync } from '../store/use-cross-tab-sync.ts'
import { ProgressNotice } from '../ui/progress-notice.tsx'

/** What every page shares: the progress notice and keeping tabs in sync. */
export function AppShell({ children }: { children: ReactNode }) {
  useCrossTabSync()
  return (
    <>
      <ProgressNotice />
      {children}
    </>
  )
}
