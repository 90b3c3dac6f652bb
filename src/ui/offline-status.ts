import { createContext } from 'react'

/** 'ready': the whole course is stored and works without network; 'offline': the network is gone and it does. */
export type OfflineStatus = 'unknown' | 'ready' | 'offline'

/** Whether the course is stored for offline use (the app shell provides it; the site header shows it). */
export const OfflineStatusContext = createContext<OfflineStatus>('unknown')
