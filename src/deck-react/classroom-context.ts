import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ClassroomState, ClassroomStore } from '../deck/classroom-state.ts'

export const ClassroomContext = createContext<ClassroomStore | null>(null)

const OUTSIDE_CLASS: ClassroomState = { presented: false, revealed: [], screen: 'normal' }
const noopSubscribe = () => () => {}

/** The classroom state of the deck this component is in (outside a deck: not in class). */
export function useClassroomState(): ClassroomState {
  const store = useContext(ClassroomContext)
  return useSyncExternalStore(store?.subscribe ?? noopSubscribe, () => store?.get() ?? OUTSIDE_CLASS, () => OUTSIDE_CLASS)
}
