import { stringsFor } from '../i18n/dictionaries.ts'
import { useLang } from './lang-context.ts'
import type { Strings } from '../i18n/strings.ts'

export function useStrings(): Strings {
  return stringsFor(useLang())
}
