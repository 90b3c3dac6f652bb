import { describe, expect, it } from 'vitest'
import { NEW_STOPWATCH, elapsedDatetime, elapsedMs, formatElapsed, paceOf, pauseStopwatch, startStopwatch, timeOfDayDatetime } from './presenter-timer.ts'

describe('presenter stopwatch', () => {
  it('counts only while running, across pauses', () => {
    let watch = startStopwatch(NEW_STOPWATCH, 1_000)
    expect(elapsedMs(watch, 6_000)).toBe(5_000)
    watch = pauseStopwatch(watch, 6_000)
    expect(elapsedMs(watch, 60_000)).toBe(5_000)
    watch = startStopwatch(watch, 60_000)
    expect(elapsedMs(watch, 62_500)).toBe(7_500)
    expect(startStopwatch(watch, 99_000)).toBe(watch)
    expect(pauseStopwatch(NEW_STOPWATCH, 5)).toBe(NEW_STOPWATCH)
  })

  it.each([
    [0, '00:00'], [75_000, '01:15'], [59 * 60_000 + 59_000, '59:59'], [3_723_000, '1:02:03'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text)
  })

  it.each([
    [0, 'PT0H0M0S'], [75_400, 'PT0H1M15S'], [3_723_000, 'PT1H2M3S'],
  ])('gives %i ms to machines as the ISO duration %s', (ms, datetime) => {
    expect(elapsedDatetime(ms)).toBe(datetime)
  })

  it('gives the time of day to machines as 24-hour HH:MM, in local time', () => {
    expect(timeOfDayDatetime(new Date(2026, 11, 6, 9, 5, 59).getTime())).toBe('09:05')
    expect(timeOfDayDatetime(new Date(2026, 11, 6, 21, 45).getTime())).toBe('21:45')
  })
})

describe('pacing against the planned minutes', () => {
  it.each([
    ['half the deck in half the time', 25 * 60_000, 0.5, 50, { kind: 'on-time' }],
    ['half the deck after 30 of 50 minutes', 30 * 60_000, 0.5, 50, { kind: 'behind', minutes: 5 }],
    ['most of the deck after 10 minutes', 10 * 60_000, 0.8, 50, { kind: 'ahead', minutes: 30 }],
    ['40 s late is still on time', 25 * 60_000 + 40_000, 0.5, 50, { kind: 'on-time' }],
    ['past the end', 70 * 60_000, 1, 50, { kind: 'behind', minutes: 20 }],
  ] as const)('%s', (_name, elapsed, progress, planned, pace) => {
    expect(paceOf(elapsed, progress, planned)).toEqual(pace)
  })

  it.each([
    ['opened at the middle: on time at once', 0, 0.5, 0.5, { kind: 'on-time' }],
    ['from the middle, a fifth more in 10 of 50 minutes', 10 * 60_000, 0.7, 0.5, { kind: 'on-time' }],
    ['from the middle, 20 minutes on one slide', 20 * 60_000, 0.52, 0.5, { kind: 'behind', minutes: 19 }],
    ['went back before the start: nothing was planned for that', 5 * 60_000, 0.3, 0.5, { kind: 'behind', minutes: 5 }],
  ] as const)('counted from where the stopwatch started: %s', (_name, elapsed, progress, start, pace) => {
    expect(paceOf(elapsed, progress, 50, start)).toEqual(pace)
  })
})
