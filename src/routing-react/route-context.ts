import { createContext, useContext } from 'react'
import type { Route } from '../routing/routes.ts'

/** The page being shown; links are computed relative to it. */
export const RouteContext = createContext<Route>({ page: 'home', lang: 'es' })

export function useRoute(): Route {
  return useContext(RouteContext)
}
