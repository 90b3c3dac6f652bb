import { useStrings } from '../i18n-react/use-strings.ts'
import { useProgress, useProgressStore } from '../store-react/progress-context.tsx'

/** Tells the student, once, that saved progress was repaired or cannot be saved at all. */
export function ProgressNotice() {
  const t = useStrings().notice
  const notice = useProgress((state) => state.notice)
  const dismiss = useProgressStore().getState().dismissNotice
  if (!notice) return null
  return (
    <div className="progress-notice" role="alert">
      <p>{notice.kind === 'repaired' ? t.repaired(notice.count) : t.memoryOnly}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  )
}
