import { formatGrade, formatPercent } from '../../i18n/format.ts'
import { useLang } from '../../i18n-react/lang-context.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import type { LessonProgress } from '../../store/lesson-progress.ts'
import { RouteLink } from '../../ui/route-link.tsx'

/** One lesson's line in the progress table. */
export function ProgressRow({ row, onReset }: { row: LessonProgress; onReset: (row: LessonProgress) => void }) {
  const t = useStrings().progress
  const lang = useLang()
  const { quiz, assessment } = row
  return (
    <tr>
      <th scope="row">
        <RouteLink to={{ page: 'lesson', lang, lessonId: row.lessonId }}>{row.order}. {row.title}</RouteLink>
      </th>
      <td>{t.seen(row.visited, row.slides)}</td>
      <td>{quiz.answered > 0 ? t.quizScore(quiz.answered, quiz.total, formatPercent(quiz.total ? quiz.earned / quiz.total : 0, lang)) : t.notStarted}</td>
      <td>
        {assessment.best !== undefined && assessment.last !== undefined
          ? t.grade(formatGrade(assessment.best, lang), formatGrade(assessment.last, lang), assessment.attempts)
          : t.notTaken}
      </td>
      <td>
        <button type="button" className="button button-secondary" aria-label={t.reset(row.title)} onClick={() => onReset(row)}>
          {t.resetShort}
        </button>
      </td>
    </tr>
  )
}
