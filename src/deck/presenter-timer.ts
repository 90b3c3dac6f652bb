/** The presenter's stopwatch as plain data: no intervals, just times. */
export interface Stopwatch {
  /** Time counted before the current run. */
  accumulatedMs: number
  /** When the current run started; null while paused. */
  runningSince: number | null
}

export const NEW_STOPWATCH: Stopwatch = { accumulatedMs: 0, runningSince: null }

export function startStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.runningSince === null ? { ...watch, runningSince: now } : watch
}

export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
  if (watch.runningSince === null) return watch
  return { accumulatedMs: watch.accumulatedMs + Math.max(0, now - watch.runningSince), runningSince: null }
}

export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.accumulatedMs + (watch.runningSince === null ? 0 : Math.max(0, now - watch.runningSince))
}

/** 75 s → "01:15"; an hour or more → "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (value: number) => String(value).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}

/** The elapsed time as the `datetime` of a <time> element: an ISO 8601 duration (PT1H2M3S). */
export function elapsedDatetime(ms: number): string {
  const total = Math.floor(ms / 1000)
  return `PT${Math.floor(total / 3600)}H${Math.floor((total % 3600) / 60)}M${total % 60}S`
}

/** The local time of day as the `datetime` of a <time> element (14:05). */
export function timeOfDayDatetime(time: number): string {
  const date = new Date(time)
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

export type Pace = { kind: 'on-time' } | { kind: 'behind' | 'ahead'; minutes: number }

/**
 * Compares the time spent with the time planned for the part of the lesson
 * shown since the stopwatch started (`startProgress`: where the lesson was
 * then, so a lesson continued from slide 9 is not "30 min ahead").
 * Within a minute either way counts as on time.
 */
export function paceOf(elapsed: number, progress: number, plannedMinutes: number, startProgress = 0): Pace {
  const clamp = (value: number) => Math.min(Math.max(value, 0), 1)
  const expected = Math.max(clamp(progress) - clamp(startProgress), 0) * plannedMinutes * 60_000
  const difference = Math.trunc((elapsed - expected) / 60_000)
  if (difference >= 1) return { kind: 'behind', minutes: difference }
  if (difference <= -1) return { kind: 'ahead', minutes: -difference }
  return { kind: 'on-time' }
}
