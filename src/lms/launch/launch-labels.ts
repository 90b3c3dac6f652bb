import type { Lang } from '../../i18n/lang.ts'
import type { LmsNotice } from '../scorm-session.ts'

/** What the launch page says above the course, in the language of the page in its frame. */
export const LAUNCH_LABELS = {
  es: {
    dismiss: 'Cerrar aviso',
    noSession: 'Moodle no ha abierto la sesión de esta actividad: lo que hagas se guarda solo en este navegador. Vuelve a entrar en la actividad desde Moodle para que cuente.',
    unsaved: (code: string) => `No se ha podido guardar en Moodle (error ${code}). Puedes seguir: se volverá a intentar con tu próximo cambio. No cierres la actividad hasta que veas «Guardado en Moodle».`,
    saved: 'Guardado en Moodle.',
    review: 'Modo revisión: puedes repasar el curso y tus notas, pero lo que hagas ahora no se guarda en Moodle.',
    browse: 'Modo exploración: lo que hagas ahora no se guarda en Moodle.',
    contentChanged: 'El curso se ha actualizado desde tu última visita y tus respuestas anteriores no encajan con las preguntas nuevas: se han apartado (puedes descargarlas en «Mi progreso», con «Exportar (JSON)») y las preguntas empiezan en blanco.',
    unreadable: 'El progreso guardado en Moodle no tiene el formato de este curso: se ha apartado (puedes descargarlo en «Mi progreso», con «Exportar (JSON)») y el curso empieza en blanco.',
    partSetAside: 'Parte del progreso guardado en Moodle no se ha podido leer: se ha apartado (puedes descargarlo en «Mi progreso», con «Exportar (JSON)»). El resto está como lo dejaste.',
  },
  en: {
    dismiss: 'Close notice',
    noSession: 'Moodle did not open a session for this activity: what you do is saved in this browser only. Enter the activity again from Moodle for it to count.',
    unsaved: (code: string) => `Could not save to Moodle (error ${code}). You can go on: it will be tried again with your next change. Do not close the activity until you see “Saved to Moodle”.`,
    saved: 'Saved to Moodle.',
    review: 'Review mode: you can go over the course and your grades, but nothing you do now is saved to Moodle.',
    browse: 'Browse mode: nothing you do now is saved to Moodle.',
    contentChanged: 'The course has been updated since your last visit and your earlier answers do not fit the new questions: they have been set aside (you can download them from “My progress” with “Export (JSON)”) and the questions start blank.',
    unreadable: 'The progress saved in Moodle is not in this course’s format: it has been set aside (you can download it from “My progress” with “Export (JSON)”) and the course starts blank.',
    partSetAside: 'Part of the progress saved in Moodle could not be read: it has been set aside (you can download it from “My progress” with “Export (JSON)”). The rest is as you left it.',
  },
} satisfies Record<Lang, unknown>

export type LaunchLabels = (typeof LAUNCH_LABELS)[Lang]

/** The words for a notice of the SCORM session, or for a session Moodle would not open. */
export function noticeText(labels: LaunchLabels, notice: LmsNotice | 'no-session'): string {
  if (notice === 'no-session') return labels.noSession
  switch (notice.kind) {
    case 'unsaved': return labels.unsaved(notice.code)
    case 'saved': return labels.saved
    case 'read-only': return labels[notice.mode]
    case 'set-aside': return notice.reason === 'content-changed' ? labels.contentChanged : notice.reason === 'unreadable' ? labels.unreadable : labels.partSetAside
  }
}
