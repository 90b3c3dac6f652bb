import type { SliceTools } from './slice-tools.ts'

/** Told to the student once, in a banner: what happened to their saved progress. */
export type ProgressNotice =
  | { kind: 'repaired'; count: number }
  | { kind: 'memory-only' }
  | null

/** Transient: never saved, so the next visit is quiet. */
export interface NoticeSlice {
  notice: ProgressNotice
  dismissNotice(): void
}

export function createNoticeSlice({ set }: SliceTools<NoticeSlice>): NoticeSlice {
  return {
    notice: null,
    dismissNotice() {
      set({ notice: null })
    },
  }
}
