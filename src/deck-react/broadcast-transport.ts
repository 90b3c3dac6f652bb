import { isSyncMessage, type SyncTransport } from '../deck/sync-protocol.ts'

/** Windows of the same course (same origin) talk over a BroadcastChannel: no server, works offline. */
export function createBroadcastTransport(name: string): SyncTransport | null {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(name)
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isSyncMessage(event.data)) listener(event.data)
      }
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
    close: () => channel.close(),
  }
}
