import type { SyncTransport } from '../deck/sync-protocol.ts'

/** Windows of the same course (same origin) talk over a BroadcastChannel: no server, works offline. */
export function createBroadcastTransport(name: string): SyncTransport | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(name)
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      // Anything on the channel is handed on; the sync session checks it.
      const onMessage = (event: MessageEvent) => listener(event.data)
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
    close: () => channel.close(),
  }
}
