import { DEFAULT_LANG, LANGS, type Lang } from './lang.ts'
import { LANG_STORAGE_KEY, preferredLang } from './language-choice.ts'

/**
 * On a first visit to the Spanish home page, whether to open the home page
 * in another language instead: only when the student never chose a language
 * (nothing remembered) and the browser's languages prefer one the course has.
 * Returns that language, or null to stay.
 */
export function firstVisitLang(remembered: string | null, browserLanguages: readonly string[]): Lang | null {
  if (remembered !== null) return null
  const lang = preferredLang(browserLanguages, null)
  return lang === DEFAULT_LANG ? null : lang
}

/**
 * The same rule as firstVisitLang, as a script the prerendered Spanish home
 * runs first thing in its <head>: an English browser is sent on before the
 * Spanish page paints or downloads its app (run from the app instead, the
 * redirect waited for the whole entry chunk). `hrefs` maps each other
 * language to its home page, relative to this one. ES5, and it never throws:
 * blocked storage counts as nothing remembered, as in rememberedLang.
 */
export function firstVisitScript(hrefs: Readonly<Partial<Record<Lang, string>>>): string {
  return `(function () {
  var saved = null, hrefs = ${JSON.stringify(hrefs)}, languages, base, i
  try { saved = window.localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)}) } catch (e) {}
  if (saved !== null) return
  languages = navigator.languages || [navigator.language]
  for (i = 0; i < languages.length; i++) {
    base = String(languages[i]).toLowerCase().split('-')[0]
    if (${JSON.stringify(LANGS)}.indexOf(base) < 0) continue
    if (!hrefs.hasOwnProperty(base)) return
    try { window.localStorage.setItem(${JSON.stringify(LANG_STORAGE_KEY)}, base) } catch (e) {}
    window.location.replace(hrefs[base])
    return
  }
})()`
}
