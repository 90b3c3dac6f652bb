import type { MDXContent } from 'mdx/types'
import type { QuestionSpec } from '../quiz/model.ts'
import type { LessonMeta } from './lesson-meta.ts'

/** What the build makes of one lesson file (see mdx/remark-slides.ts and remark-quiz.ts). */
export interface LessonModule {
  default: MDXContent
  frontmatter: LessonMeta
  slideCount: number
  slideTitles: string[]
  slideSteps: number[]
  questions: QuestionSpec[]
}

/** The questions on one slide, in the order they appear there. */
export function questionsOnSlide(module: Pick<LessonModule, 'questions'>, slide: number): QuestionSpec[] {
  return module.questions.filter((question) => question.slide === slide)
}
