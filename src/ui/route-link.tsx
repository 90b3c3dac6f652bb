import type { AnchorHTMLAttributes } from 'react'
import { useRoute } from '../routing-react/route-context.ts'
import { type Route, routeHref } from '../routing/routes.ts'

/** A link to another page of the course, relative so it works wherever the course is hosted. */
export function RouteLink({ to, hash, ...rest }: { to: Route; hash?: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const from = useRoute()
  return <a href={routeHref(to, from, hash)} {...rest} />
}
