import { useLang } from './lang-context.ts'
import { STRINGS, type Strings } from './strings.ts'

export function useStrings(): Strings {
  return STRINGS[useLang()]
}
