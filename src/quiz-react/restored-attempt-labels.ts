import type { Lang } from '../i18n/lang.ts'

/**
 * Said under a self-assessment grade that came back from Moodle (SCORM):
 * the LMS keeps each attempt's grade, not its answers. The same words as the
 * README's section for teachers. Kept here, not in the interface strings, so
 * the course outside Moodle does not download them.
 */
export const RESTORED_ATTEMPT = {
  es: 'Moodle guarda de cada autoevaluación los intentos y la mejor y la última nota, no las respuestas de cada intento. Para ver las preguntas corregidas, vuelve a hacerla.',
  en: 'Moodle keeps the attempts and the best and last grade of each self-assessment, not the answers of each attempt. To see the questions marked, take it again.',
} satisfies Record<Lang, string>
