import { es } from '../src/i18n/strings.ts'
import { en } from '../src/i18n/strings-en.ts'
import type { Lang } from './question-bank.ts'

/** The words the exports write, per language; the course's own strings where they exist. */
export interface ExportLabels {
  courseTitle: string
  lessonName: (order: number, title: string) => string
  lessonInfo: (title: string) => string
  lessonTag: (order: number) => string
  assessmentTag: string
  correct: string
  partiallyCorrect: string
  incorrect: string
  /** Moodle 4.1–4.3: an ordering question turned into matching. */
  stepLabel: (position: number) => string
  orderingAsMatching: string
}

export const EXPORT_LABELS: Record<Lang, ExportLabels> = {
  es: {
    courseTitle: es.courseTitle,
    lessonName: (order, title) => `${es.lessonNumber(order)}: ${title}`,
    lessonInfo: (title) => `Preguntas de la lección «${title}» del curso ${es.courseTitle} (AulaVirt).`,
    lessonTag: (order) => `leccion-${order}`,
    assessmentTag: 'autoevaluacion',
    correct: `${es.quiz.correct}.`,
    partiallyCorrect: 'Parcialmente correcto.',
    incorrect: `${es.quiz.wrong}.`,
    stepLabel: (position) => `Paso ${position}`,
    orderingAsMatching: 'Elige qué va en cada paso.',
  },
  en: {
    courseTitle: en.courseTitle,
    lessonName: (order, title) => `${en.lessonNumber(order)}: ${title}`,
    lessonInfo: (title) => `Questions of the lesson “${title}” of the course ${en.courseTitle} (AulaVirt).`,
    lessonTag: (order) => `lesson-${order}`,
    assessmentTag: 'self-assessment',
    correct: `${en.quiz.correct}.`,
    partiallyCorrect: 'Partially correct.',
    incorrect: `${en.quiz.wrong}.`,
    stepLabel: (position) => `Step ${position}`,
    orderingAsMatching: 'Choose what goes in each step.',
  },
}
