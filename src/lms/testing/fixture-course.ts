import type { QuestionSpec } from '../../quiz/model.ts'

/** A small course for the LMS tests: one question of each type, and self-assessments. Test-only. */
const base = { slide: 1, solutionAfter: 2 }

export const LESSON_A: QuestionSpec[] = [
  { ...base, id: 'a-single', type: 'single', options: ['0', '1', '2', '3'], correct: '2' },
  { ...base, id: 'a-multi', type: 'multiple', options: ['0', '1', '2', '3', '4'], correct: ['0', '3'] },
  { ...base, id: 'a-tf', type: 'truefalse', answer: false },
  { ...base, id: 'a-short', type: 'short', accept: ['virsh list --all', 'virsh list --inactive'], ignoreCase: false },
  { ...base, id: 'a-match', type: 'matching', lefts: ['0', '1', '2'], rights: ['0', '1', '0'] },
  { ...base, id: 'a-order', type: 'ordering', items: ['0', '1', '2', '3'] },
  { ...base, id: 'a-ev1', type: 'single', options: ['0', '1', '2'], correct: '0', assessment: 'a-eval' },
  { ...base, id: 'a-ev2', type: 'short', accept: ['qemu-img'], ignoreCase: true, assessment: 'a-eval' },
]

export const LESSON_B: QuestionSpec[] = [
  { ...base, id: 'b-short', type: 'short', accept: ['lxc launch'], ignoreCase: true },
  { ...base, id: 'b-single', type: 'single', options: ['0', '1'], correct: '1' },
  { ...base, id: 'b-ev1', type: 'truefalse', answer: true, assessment: 'b-eval' },
  { ...base, id: 'b-ev2', type: 'multiple', options: ['0', '1', '2'], correct: ['1'], assessment: 'b-eval' },
]

/** Lessons with one embedded question and a one-question self-assessment (right answer: option 1). */
export const smallLesson = (id: string): QuestionSpec[] => [
  { ...base, id: `${id}-q`, type: 'truefalse', answer: true },
  { ...base, id: `${id}-ev`, type: 'single', options: ['0', '1'], correct: '1', assessment: `${id}-eval` },
]

export const TWO_LESSONS = { lessons: [{ meta: { id: 'a' }, questions: LESSON_A }, { meta: { id: 'b' }, questions: LESSON_B }] }

export const FIVE_LESSONS = {
  lessons: [...TWO_LESSONS.lessons, ...['c', 'd', 'e'].map((id) => ({ meta: { id }, questions: smallLesson(id) }))],
}
