import type { Lang } from './lang.ts'

const LOCALES: Record<Lang, string> = { es: 'es-ES', en: 'en-GB' }

/** A 0–10 grade with one decimal, as the Spanish scale writes it (7,5 in Spanish). */
export function formatGrade(grade: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(grade)
}

export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(fraction)
}

/** The time of day as a wall clock shows it: hours and minutes, 24-hour in both languages (14:05). */
export function formatTimeOfDay(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }).format(time)
}
