import { stringsFor } from './dictionaries.ts'
import { useLang } from './lang-context.ts'
import type { Strings } from './strings.ts'

export function useStrings(): Strings {
  return stringsFor(useLang())
}
