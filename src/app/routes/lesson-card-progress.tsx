import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { formatGrade, formatPercent } from '../../i18n/format.ts'
import { useLang } from '../../i18n-react/lang-context.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import type { LessonEntry } from '../../lessons/registry-core.ts'
import { lessonProgress } from '../../store/lesson-progress.ts'
import { toProgressData } from '../../store/progress-types.ts'
import { useProgress } from '../../store-react/progress-context.tsx'

/** The student's progress in one lesson, on its card on the course home. */
export function LessonCardProgress({ lesson }: { lesson: LessonEntry }) {
  const t = useStrings().progress
  const lang = useLang()
  const data = useProgress(useShallow(toProgressData))
  const row = useMemo(() => lessonProgress(data, lesson), [data, lesson])
  if (row.visited === 0 && row.quiz.answered === 0 && row.assessment.attempts === 0) return null
  const parts = [t.homeSummary(row.visited, row.slides)]
  if (row.quiz.answered > 0) parts.push(t.homeQuiz(formatPercent(row.quiz.total ? row.quiz.earned / row.quiz.total : 0, lang)))
  if (row.assessment.best !== undefined) parts.push(t.homeGrade(formatGrade(row.assessment.best, lang)))
  return <p className="lesson-progress">{parts.join(' · ')}</p>
}
