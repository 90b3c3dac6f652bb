import { normalizeShortAnswer } from '../src/quiz/grading.ts'
import type { BankQuestion } from './question-bank.ts'

/**
 * What Moodle's question import accepts, and how our answer keys map onto it
 * so that Moodle grades a response as the app does (see grade-agreement.test.ts).
 */

/** An export that would not mean in Moodle what it means in the course: fails the build at the question. */
export class ExportError extends Error {
  constructor(question: Pick<BankQuestion, 'place' | 'id'>, reason: string) {
    super(`${question.place}: pregunta «${question.id}»: ${reason}`)
    this.name = 'ExportError'
  }
}

/**
 * Moodle's grade list (question_bank::fraction_options_full), in percent, as
 * its exporter writes them. The import form rejects any other fraction.
 */
export const MOODLE_GRADES = [
  '100', '90', '83.33333', '80', '75', '70', '66.66667', '60', '50', '40', '33.33333', '30', '25', '20',
  '16.66667', '14.28571', '12.5', '11.11111', '10', '5', '0',
] as const

/** The exact string Moodle expects for a percentage, or undefined when it is not in the list. */
export function moodleGrade(percent: number): string | undefined {
  const magnitude = MOODLE_GRADES.find((grade) => Math.abs(Number(grade) - Math.abs(percent)) < 0.001)
  if (magnitude === undefined) return undefined
  return percent < 0 && magnitude !== '0' ? `-${magnitude}` : magnitude
}

/**
 * Multiple answer: each correct option +100/k and each wrong one −100/(n−k).
 * Moodle adds the fractions of the ticked options and keeps the sum in [0, 1]:
 * exactly the app's rule (right/k − wrong/(n−k), never below 0).
 */
export function multipleChoiceGrades(question: BankQuestion): string[] {
  const correct = question.options.filter((option) => option.correct).length
  const wrong = question.options.length - correct
  return question.options.map((option) => {
    const percent = option.correct ? 100 / correct : -100 / wrong
    const grade = moodleGrade(percent)
    if (grade === undefined) {
      throw new ExportError(question, `Moodle no admite la fracción ${percent.toFixed(5)} % que pide la regla de la opción múltiple (${correct} correctas, ${wrong} incorrectas)`)
    }
    return grade
  })
}

/**
 * Short answer: the app trims and collapses inner whitespace; Moodle only trims.
 * Each accepted answer is listed as the app compares it (single spaces), once,
 * with Moodle's `*` wildcard escaped so it means a star.
 */
export function shortAnswerVariants(question: BankQuestion): string[] {
  if (question.spec.type !== 'short') return []
  const { accept, ignoreCase } = question.spec
  const seen = new Set<string>()
  const variants: string[] = []
  for (const answer of accept) {
    const normalized = normalizeShortAnswer(answer, false)
    const key = ignoreCase ? normalized.toLocaleLowerCase() : normalized
    if (seen.has(key)) continue
    seen.add(key)
    variants.push(normalized.replace(/\*/g, '\\*'))
  }
  return variants
}

/**
 * Moodle's matching form wants at least 2 items and 3 rows; the same answer
 * may serve several items (Moodle shows each answer once, as the app does).
 */
export function checkMatching(question: BankQuestion, rights: readonly string[]): void {
  if (rights.length < 3) {
    throw new ExportError(question, `Moodle exige al menos 3 parejas en una pregunta de relacionar (tiene ${rights.length})`)
  }
}

/** Plain text (a matching item, a category note) as HTML that shows exactly that text. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** `$course$/top/…` path of a lesson's category; a `/` inside a name is written `//`. */
export function categoryPath(courseTitle: string, lessonName: string): string {
  const part = (name: string) => name.replace(/\//g, '//')
  return `$course$/top/${part(courseTitle)}/${part(lessonName)}`
}

/** The question's name in the bank: its id, then the start of its prompt. */
export function questionName(question: BankQuestion): string {
  const text = question.promptText
  const short = text.length <= 60 ? text : `${text.slice(0, 60).replace(/\s+\S*$/, '')}…`
  return `${question.id} · ${short}`
}
