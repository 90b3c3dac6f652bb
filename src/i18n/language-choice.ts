import { DEFAULT_LANG, LANGS, type Lang } from './lang.ts'

export const LANG_STORAGE_KEY = 'aulavirt-lang'

function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '')
}

/**
 * The language to open the course in on a first visit: the one the student
 * chose before, else the first of the browser's languages the course has,
 * else Spanish.
 */
export function preferredLang(browserLanguages: readonly string[], remembered: string | null): Lang {
  if (isLang(remembered)) return remembered
  for (const language of browserLanguages) {
    const base = language.toLowerCase().split('-')[0]
    if (isLang(base)) return base
  }
  return DEFAULT_LANG
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang)
  } catch {
    // No storage: the language still lives in the URL.
  }
}

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY)
  } catch {
    return null
  }
}
