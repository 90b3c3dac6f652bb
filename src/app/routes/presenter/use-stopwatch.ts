import { useEffect, useState } from 'react'
import { NEW_STOPWATCH, type Stopwatch, pauseStopwatch, startStopwatch } from '../../../deck/presenter-timer.ts'

/** The console's stopwatch, started when the console opens, and a clock ticking every second. */
export function useStopwatch() {
  const [watch, setWatch] = useState<Stopwatch>(NEW_STOPWATCH)
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setWatch((current) => startStopwatch(current, Date.now()))
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return {
    watch,
    now,
    pause: () => setWatch((current) => pauseStopwatch(current, Date.now())),
    resume: () => setWatch((current) => startStopwatch(current, Date.now())),
    reset: () => setWatch((current) => (current.runningSince === null ? NEW_STOPWATCH : startStopwatch(NEW_STOPWATCH, Date.now()))),
  }
}
