import { createContext, useContext } from 'react'

export type Lang = 'es' | 'en'
export const LANGS: readonly Lang[] = ['es', 'en']
export const DEFAULT_LANG: Lang = 'es'

/** The course's other language (the language switch, the bilingual 404 page). */
export const OTHER_LANG: Record<Lang, Lang> = { es: 'en', en: 'es' }

export const LangContext = createContext<Lang>(DEFAULT_LANG)

export function useLang(): Lang {
  return useContext(LangContext)
}
