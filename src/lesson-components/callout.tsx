import type { ReactNode } from 'react'
import type { Lang } from '../i18n/lang.ts'
import { useLang } from '../i18n-react/lang-context.ts'

type CalloutType = 'info' | 'tip' | 'warning'

const ICONS: Record<CalloutType, string> = { info: 'ℹ', tip: '✓', warning: '!' }
const DEFAULT_TITLES: Record<Lang, Record<CalloutType, string>> = {
  es: { info: 'Nota', tip: 'Consejo', warning: 'Atención' },
  en: { info: 'Note', tip: 'Tip', warning: 'Warning' },
}

/** A highlighted box for nuances, tips and warnings. */
export function Callout({ type = 'info', title, children }: { type?: CalloutType; title?: string; children?: ReactNode }) {
  const lang = useLang()
  const kind: CalloutType = type in ICONS ? type : 'info'
  return (
    <aside className={`callout callout-${kind}`}>
      <p className="callout-title">
        <span className="callout-icon" aria-hidden="true">{ICONS[kind]}</span> {title ?? DEFAULT_TITLES[lang][kind]}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  )
}
