import type { Screen } from '../../../deck/sync-protocol.ts'
import { useStrings } from '../../../i18n-react/use-strings.ts'

/** Black or white screen over the slide (B, W), to take the class's eyes off the projector. */
export function ScreenCover({ screen }: { screen: Screen }) {
  const t = useStrings().deck
  if (screen === 'normal') return null
  return (
    <div className={`screen-cover screen-${screen}`} role="status">
      <span className="sr-only">{screen === 'black' ? t.blackScreen : t.whiteScreen}</span>
    </div>
  )
}
