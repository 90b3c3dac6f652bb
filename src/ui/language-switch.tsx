import { useRoute } from '../routing-react/route-context.ts'
import { OTHER_LANG } from '../i18n/lang.ts'
import { rememberLang } from '../i18n/language-choice.ts'
import { LANGUAGE_LABELS } from '../i18n/language-labels.ts'
import { RouteLink } from './route-link.tsx'

/** Link to the same page in the other language, at the same place (hash); remembers the choice. */
export function LanguageSwitch({ hash = '', className = 'button button-secondary' }: { hash?: string; className?: string }) {
  const route = useRoute()
  const target = OTHER_LANG[route.lang]
  const label = LANGUAGE_LABELS[target].name
  return (
    <RouteLink
      className={className}
      to={route.page === 'not-found' ? { page: 'home', lang: target } : { ...route, lang: target }}
      hash={hash}
      hrefLang={target}
      lang={target}
      title={LANGUAGE_LABELS[target].switchTo}
      onClick={() => rememberLang(target)}
    >
      {label}
    </RouteLink>
  )
}
