import type { Lang } from './lang-context.ts'

const LOCALES: Record<Lang, string> = { es: 'es-ES', en: 'en-GB' }

/** A 0–10 grade with one decimal, as the Spanish scale writes it (7,5 in Spanish). */
export function formatGrade(grade: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(grade)
}

export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(fraction)
}

export function formatDateTime(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(time)
}
