import { useRef } from 'react'
import { elapsedDatetime, elapsedMs, formatElapsed, paceOf, timeOfDayDatetime } from '../../../deck/presenter-timer.ts'
import { formatTimeOfDay } from '../../../i18n/format.ts'
import { useLang } from '../../../i18n-react/lang-context.ts'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import { useStopwatch } from './use-stopwatch.ts'

/** Elapsed time with pause and reset, the time of day, and pacing against the planned minutes. */
export function PresenterClock({ progress, plannedMinutes }: { progress: number; plannedMinutes: number }) {
  const t = useStrings().presenter
  const lang = useLang()
  const { watch, now, pause, resume, reset } = useStopwatch()
  // Where the lesson was when the stopwatch started (first tick, once the console has moved to its slide) or was reset.
  const startProgress = useRef<number | null>(null)
  if (now !== null && startProgress.current === null) startProgress.current = progress
  const elapsed = now === null ? 0 : elapsedMs(watch, now)
  const pace = paceOf(elapsed, progress, plannedMinutes, startProgress.current ?? progress)
  const running = watch.runningSince !== null
  return (
    <div className="presenter-clock">
      <p className="presenter-time">
        <span className="presenter-label">{t.elapsed}</span>
        <time className="presenter-elapsed" dateTime={elapsedDatetime(elapsed)} aria-live="off">{formatElapsed(elapsed)}</time>
      </p>
      <p className="presenter-buttons">
        <button type="button" className="button button-secondary" onClick={running ? pause : resume}>{running ? t.pause : t.resume}</button>
        <button type="button" className="button button-secondary" onClick={() => {
          startProgress.current = progress
          reset()
        }}>{t.reset}</button>
      </p>
      <p className="presenter-time">
        <span className="presenter-label">{t.clock}</span>
        {/* Before the first tick (the prerendered page) there is no time to show, so no <time> either. */}
        {now === null ? <span>--:--</span> : <time dateTime={timeOfDayDatetime(now)}>{formatTimeOfDay(now, lang)}</time>}
      </p>
      <p className={`presenter-pace pace-${pace.kind}`}>
        {t.pace(plannedMinutes)} · {pace.kind === 'on-time' ? t.onTime : pace.kind === 'behind' ? t.behind(pace.minutes) : t.ahead(pace.minutes)}
      </p>
    </div>
  )
}
