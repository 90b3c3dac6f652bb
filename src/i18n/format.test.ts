import { describe, expect, it } from 'vitest'
import { formatGrade, formatPercent, formatTimeOfDay } from './format.ts'

describe('formatters', () => {
  it('write grades and percentages as each language does', () => {
    expect(formatGrade(7.5, 'es')).toBe('7,5')
    expect(formatGrade(7.5, 'en')).toBe('7.5')
    expect(formatPercent(0.25, 'es')).toMatch(/^25\s?%$/)
    expect(formatPercent(0.25, 'en')).toBe('25%')
  })

  it.each(['es', 'en'] as const)('show the time of day in 24-hour hours and minutes (%s)', (lang) => {
    expect(formatTimeOfDay(new Date(2025, 0, 6, 9, 5).getTime(), lang)).toBe('09:05')
    expect(formatTimeOfDay(new Date(2025, 0, 6, 21, 45, 59).getTime(), lang)).toBe('21:45')
  })
})
