import { type ReactNode, useMemo } from 'react'
import { LessonQuizContext } from '../quiz-react/index.ts'
import type { LessonModule } from '../lessons/lesson-module.ts'

/** Gives a lesson's components its question answer keys. */
export function LessonProvider({ lessonId, module, children }: { lessonId: string; module: LessonModule; children?: ReactNode }) {
  const value = useMemo(
    () => ({ lessonId, specs: new Map(module.questions.map((question) => [question.id, question])) }),
    [lessonId, module],
  )
  return <LessonQuizContext.Provider value={value}>{children}</LessonQuizContext.Provider>
}
