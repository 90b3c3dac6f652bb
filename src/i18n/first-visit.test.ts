import { describe, expect, it } from 'vitest'
import { firstVisitLang, firstVisitScript } from './first-visit.ts'
import { LANG_STORAGE_KEY } from './language-choice.ts'

const HREFS = { en: 'en/index.html' }

/** Runs the inline script against a fake browser; returns where it went and what it stored. */
function runScript(browserLanguages: readonly string[] | undefined, language: string, stored: string | null | 'blocked') {
  const storage = new Map<string, string>()
  if (stored !== null && stored !== 'blocked') storage.set(LANG_STORAGE_KEY, stored)
  const window = {
    localStorage: {
      getItem: (key: string) => {
        if (stored === 'blocked') throw new Error('SecurityError')
        return storage.get(key) ?? null
      },
      setItem: (key: string, value: string) => {
        if (stored === 'blocked') throw new Error('SecurityError')
        storage.set(key, value)
      },
    },
    location: { replaced: null as string | null, replace(href: string) { this.replaced = href } },
  }
  const navigator = { languages: browserLanguages, language }
  new Function('window', 'navigator', firstVisitScript(HREFS))(window, navigator)
  return { went: window.location.replaced, remembered: storage.get(LANG_STORAGE_KEY) ?? null }
}

describe('first visit to the Spanish home', () => {
  it('opens the English home for a browser that prefers English, and only on a first visit', () => {
    expect(firstVisitLang(null, ['en-GB', 'es-ES'])).toBe('en')
    expect(firstVisitLang(null, ['es-ES', 'en'])).toBeNull()
    expect(firstVisitLang(null, ['fr-FR', 'EN-us'])).toBe('en')
    expect(firstVisitLang(null, ['fr-FR', 'de'])).toBeNull()
    expect(firstVisitLang('es', ['en-GB'])).toBeNull()
    expect(firstVisitLang('en', ['en-GB'])).toBeNull()
  })

  const cases: Array<[readonly string[] | undefined, string, string | null | 'blocked']> = []
  for (const languages of [['en-GB', 'es-ES'], ['es-ES', 'en'], ['fr-FR', 'EN-us'], ['fr', 'de'], [], undefined, ['pt-BR', 'es']]) {
    for (const stored of [null, 'es', 'en', 'xx', 'blocked'] as const) cases.push([languages, 'en-US', stored])
  }

  it.each(cases)('the inline script follows the same rule: languages %j, navigator.language %s, remembered %s', (languages, language, stored) => {
    const expected = firstVisitLang(stored === 'blocked' ? null : stored, languages ?? [language])
    const { went, remembered } = runScript(languages, language, stored)
    expect(went).toBe(expected === null ? null : HREFS[expected as 'en'])
    if (expected !== null && stored !== 'blocked') expect(remembered).toBe(expected)
    if (expected === null) expect(remembered).toBe(stored === 'blocked' ? null : stored)
  })
})
