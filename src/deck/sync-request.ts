/**
 * The part of the sync protocol (sync-protocol.ts) a window needs before it
 * knows another window is there: the version, and the request every window
 * sends when it opens. Kept apart so it loads without the message schemas.
 */
export const SYNC_VERSION = 1

/** What a window posts when it opens, so windows already there send it their state. */
export function requestStateMessage(from: string, role: 'audience' | 'presenter', lessonId: string) {
  return { v: SYNC_VERSION, from, role, lessonId, type: 'request-state' } as const
}
