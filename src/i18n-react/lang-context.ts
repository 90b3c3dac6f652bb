import { createContext, useContext } from 'react'
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts'

/** The page's language, set once per page by loadPage. */
export const LangContext = createContext<Lang>(DEFAULT_LANG)

export function useLang(): Lang {
  return useContext(LangContext)
}
