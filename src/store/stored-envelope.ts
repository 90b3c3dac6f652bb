import type { StorageValue } from 'zustand/middleware'
import { PROGRESS_VERSION } from './progress-types.ts'

/**
 * Saved progress text as persist's `{ state, version }`. Text that is not
 * JSON, or JSON of another shape, is handed on for repair to set aside,
 * never dropped.
 */
export function readStoredEnvelope<S>(raw: string): StorageValue<S> {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { state: { unreadableText: raw } as S, version: PROGRESS_VERSION }
  }
  if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
    const envelope = parsed as { state: unknown; version?: unknown }
    return { state: envelope.state as S, version: typeof envelope.version === 'number' ? envelope.version : 0 }
  }
  return { state: { foreignData: parsed } as S, version: PROGRESS_VERSION }
}
