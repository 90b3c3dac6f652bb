import { createContext, useContext } from 'react'

export type Lang = 'es' | 'en'
export const LANGS: readonly Lang[] = ['es', 'en']
export const DEFAULT_LANG: Lang = 'es'

export const LangContext = createContext<Lang>(DEFAULT_LANG)

export function useLang(): Lang {
  return useContext(LangContext)
}
