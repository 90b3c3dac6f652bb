import type { ReactNode } from 'react'
import { useRoute } from '../app/route-context.ts'
import { useStrings } from '../i18n/use-strings.ts'
import { RouteLink } from './route-link.tsx'

/** The bar at the top of the home, reading and not-found pages. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  const t = useStrings()
  const { lang } = useRoute()
  return (
    <header className="site-header">
      <a className="skip-link" href="#contenido">{t.skipToContent}</a>
      <RouteLink className="brand" to={{ page: 'home', lang }}>
        <span className="brand-mark" aria-hidden="true">▣</span> {t.appName}
        <span className="sr-only">: {t.home}</span>
      </RouteLink>
      <nav className="site-nav" aria-label={t.lessons}>{children}</nav>
    </header>
  )
}
