/** The course's languages: Spanish first, English second. */
export type Lang = 'es' | 'en'
export const LANGS: readonly Lang[] = ['es', 'en']
export const DEFAULT_LANG: Lang = 'es'

/** The course's other language (the language switch, the bilingual 404 page). */
export const OTHER_LANG: Record<Lang, Lang> = { es: 'en', en: 'es' }
