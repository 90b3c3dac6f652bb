/**
 * An id that no other window or device will pick: a random UUID where the
 * browser has one (secure contexts: https and localhost), otherwise the time
 * and a random number (a course opened over plain http on the school LAN).
 */
export function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`
}
