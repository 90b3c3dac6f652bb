import type { Lang } from './lang.ts'
import { es, type Strings } from './strings.ts'

/*
 * Spanish ships in the entry chunk; English is fetched only by English pages,
 * before they render (loadPage awaits it), so components read strings
 * synchronously.
 */
const loaded: Partial<Record<Lang, Strings>> = { es }

export async function loadStrings(lang: Lang): Promise<Strings> {
  return (loaded[lang] ??= lang === 'en' ? (await import('./strings-en.ts')).en : es)
}

export function stringsFor(lang: Lang): Strings {
  const strings = loaded[lang]
  if (!strings) throw new Error(`Interface strings for «${lang}» used before loadStrings("${lang}")`)
  return strings
}
