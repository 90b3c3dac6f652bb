import type { QuestionSpec } from '../quiz/model.ts'
import type { Catalog } from './repair.ts'

/** The ids of what a lesson owns in the student's progress. */
export interface LessonKeys {
  questions: readonly string[]
  assessments: readonly string[]
}

/**
 * What the store knows about the course, injected when it is created: the
 * repair catalog (to tell valid saved entries from stale ones) and two
 * lookups, functions so that lessons' keys may later be loaded lazily.
 */
export interface CourseCatalog extends Catalog {
  /** The questions (embedded and self-assessment) and self-assessments of a lesson; empty for an unknown lesson. */
  lessonKeys(lessonId: string): LessonKeys
  /** The questions of a self-assessment, in lesson order. */
  assessmentQuestions(assessmentId: string): readonly string[]
}

const NO_KEYS: LessonKeys = { questions: [], assessments: [] }

/** Builds the catalog of what the course contains from its lessons' question specs. */
export function catalogFrom(lessons: readonly { meta: { id: string }; questions: readonly QuestionSpec[] }[]): CourseCatalog {
  const questions = new Map<string, QuestionSpec>()
  const byLesson = new Map<string, LessonKeys>()
  const byAssessment = new Map<string, string[]>()
  for (const lesson of lessons) {
    const assessments = new Set<string>()
    for (const question of lesson.questions) {
      questions.set(question.id, question)
      if (!question.assessment) continue
      assessments.add(question.assessment)
      byAssessment.set(question.assessment, [...byAssessment.get(question.assessment) ?? [], question.id])
    }
    byLesson.set(lesson.meta.id, { questions: lesson.questions.map((question) => question.id), assessments: [...assessments] })
  }
  return {
    questions,
    assessments: new Set(byAssessment.keys()),
    lessons: new Set(byLesson.keys()),
    lessonKeys: (lessonId) => byLesson.get(lessonId) ?? NO_KEYS,
    assessmentQuestions: (assessmentId) => byAssessment.get(assessmentId) ?? [],
  }
}
