import type { Lang } from '../i18n/lang.ts'

/**
 * The files `npm run build:lms` writes and the course offers teachers (in
 * descargas/): one place for their names, shared by the build and the page.
 */
export const DOWNLOADS_FOLDER = 'descargas'

export function scormPackageName(version: string): string {
  return `aulavirt-scorm12-${version}.zip`
}

export type QuestionFormat = 'moodle-xml' | 'moodle-xml-4.1' | 'gift'

export function questionFileName(lang: Lang, format: QuestionFormat): string {
  const ending = { 'moodle-xml': 'moodle.xml', 'moodle-xml-4.1': 'moodle-4.1.xml', gift: 'gift.txt' }[format]
  return `aulavirt-preguntas-${lang}.${ending}`
}
