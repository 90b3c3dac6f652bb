import type { Lang } from '../../i18n/lang.ts'

/**
 * The progress page's first line in the SCORM package, where Moodle keeps the
 * progress (the README's words for teachers). Only the SCORM build includes it.
 */
export const LMS_PROGRESS_INTRO = {
  es: 'Tu progreso se guarda en Moodle: lo encontrarás igual al volver a entrar en la actividad, desde cualquier equipo. Moodle guarda de cada autoevaluación los intentos y la mejor y la última nota, no las respuestas de cada intento.',
  en: 'Your progress is saved in Moodle: you will find it as you left it when you enter the activity again, from any computer. Moodle keeps the attempts and the best and last grade of each self-assessment, not the answers of each attempt.',
} satisfies Record<Lang, string>
