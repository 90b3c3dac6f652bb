import type { QuestionSpec } from '../quiz/model.ts'
import type { ProgressData } from './progress-types.ts'
import { type AssessmentResult, type QuizScore, assessmentIdsOf, assessmentResult, selectEmbeddedScore, selectVisitedCount } from './selectors.ts'

/** The lesson facts progress views need (a LessonEntry fits). */
export interface LessonFacts {
  meta: { id: string; title: string; order: number }
  slideSteps: readonly number[]
  questions: readonly QuestionSpec[]
}

export interface LessonProgress {
  lessonId: string
  title: string
  order: number
  visited: number
  slides: number
  quiz: QuizScore
  /** The lesson's self-assessment (the first one if an author wrote several). */
  assessment: AssessmentResult & { id?: string }
}

export function lessonProgress(state: ProgressData, lesson: LessonFacts): LessonProgress {
  const [assessmentId] = assessmentIdsOf(lesson.questions)
  return {
    lessonId: lesson.meta.id,
    title: lesson.meta.title,
    order: lesson.meta.order,
    visited: Math.min(selectVisitedCount(state, lesson.meta.id), lesson.slideSteps.length),
    slides: lesson.slideSteps.length,
    quiz: selectEmbeddedScore(state, lesson.questions),
    assessment: assessmentId
      ? { id: assessmentId, ...assessmentResult(state.assessments[assessmentId], assessmentId, lesson.questions) }
      : { attempts: 0 },
  }
}

export interface CourseTotal {
  visited: number
  slides: number
  quiz: QuizScore
  /** Mean of the best self-assessment grades of the lessons taken, and how many were taken. */
  assessmentMean?: number
  assessmentsTaken: number
  lessons: number
}

export function courseTotal(lessons: readonly LessonProgress[]): CourseTotal {
  const taken = lessons.flatMap((lesson) => (lesson.assessment.best !== undefined ? [lesson.assessment.best] : []))
  return {
    visited: lessons.reduce((sum, lesson) => sum + lesson.visited, 0),
    slides: lessons.reduce((sum, lesson) => sum + lesson.slides, 0),
    quiz: lessons.reduce(
      (sum, lesson) => ({ answered: sum.answered + lesson.quiz.answered, total: sum.total + lesson.quiz.total, earned: sum.earned + lesson.quiz.earned }),
      { answered: 0, total: 0, earned: 0 },
    ),
    ...(taken.length > 0 ? { assessmentMean: Math.round((taken.reduce((a, b) => a + b, 0) / taken.length) * 10) / 10 } : {}),
    assessmentsTaken: taken.length,
    lessons: lessons.length,
  }
}
