import type { Lang } from './lang.ts'

/** How the language switch names each language, in that language (it must read right from either dictionary). */
export const LANGUAGE_LABELS: Record<Lang, { name: string; switchTo: string }> = {
  es: { name: 'Español', switchTo: 'Ver esta página en español' },
  en: { name: 'English', switchTo: 'View this page in English' },
}
