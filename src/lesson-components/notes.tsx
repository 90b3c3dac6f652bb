import { createContext, useContext, type ReactNode } from 'react'

/** True only where speaker notes are shown (the presenter console). */
export const ShowNotesContext = createContext(false)

/** Speaker notes: hidden from the audience and the reading page. */
export function Notes({ children }: { children?: ReactNode }) {
  if (!useContext(ShowNotesContext)) return null
  return <aside className="speaker-notes">{children}</aside>
}
