import { type ReactNode, useContext } from 'react'
import { OfflineBadge } from './offline-badge.tsx'
import { OfflineStatusContext } from './offline-status.ts'
import { useRoute } from '../routing-react/route-context.ts'
import { useStrings } from '../i18n-react/use-strings.ts'
import { DisplaySettings } from './display-settings.tsx'
import { LanguageSwitch } from './language-switch.tsx'
import { RouteLink } from './route-link.tsx'

/** The bar at the top of the home, reading and not-found pages. */
export function SiteHeader({ children, languageHash }: { children?: ReactNode; languageHash?: string }) {
  const t = useStrings()
  const route = useRoute()
  return (
    <header className="site-header">
      <a className="skip-link" href="#contenido">{t.skipToContent}</a>
      <RouteLink className="brand" to={{ page: 'home', lang: route.lang }}>
        <span className="brand-mark" aria-hidden="true">▣</span> {t.appName}
        <span className="sr-only">: {t.home}</span>
      </RouteLink>
      <OfflineBadge status={useContext(OfflineStatusContext)} />
      <nav className="site-nav" aria-label={t.siteNavigation}>
        {children}
        <LanguageSwitch hash={languageHash} />
        {route.page !== 'progress' && (
          <RouteLink className="button button-secondary" to={{ page: 'progress', lang: route.lang }}>{t.progress.link}</RouteLink>
        )}
        <DisplaySettings />
      </nav>
    </header>
  )
}
