import type { ComponentType } from 'react'
import type { MDXComponents } from 'mdx/types'
import type { QuestionSpec } from '../quiz/model.ts'
import type { LessonMeta } from './lesson-meta.ts'

/** What the build makes of one lesson file (see mdx/remark-slides.ts and remark-quiz.ts). */
export interface LessonModule {
  default: ComponentType<{ components?: MDXComponents }>
  frontmatter: LessonMeta
  slideCount: number
  slideTitles: string[]
  slideSteps: number[]
  questions: QuestionSpec[]
}
