import { useStrings } from '../i18n/use-strings.ts'
import { progressStore, useProgress } from '../store/progress.ts'

/** Tells the student, once, that saved progress was repaired or cannot be saved at all. */
export function ProgressNotice() {
  const t = useStrings().notice
  const notice = useProgress((state) => state.notice)
  if (!notice) return null
  return (
    <div className="progress-notice" role="alert">
      <p>{notice.kind === 'repaired' ? t.repaired(notice.count) : t.memoryOnly}</p>
      <button type="button" className="button button-secondary" onClick={() => progressStore.getState().dismissNotice()}>
        {t.dismiss}
      </button>
    </div>
  )
}
