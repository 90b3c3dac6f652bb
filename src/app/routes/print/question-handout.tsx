import { useStrings } from '../../../i18n-react/use-strings.ts'
import type { LessonEntry } from '../../../lessons/registry-core.ts'
import type { LessonModule } from '../../../lessons/lesson-module.ts'
import { PRINT_MDX_COMPONENTS } from './print-components.ts'
import { PrintQuizContext } from './print-question.tsx'
import { PrintSlideContext } from './print-slide.tsx'

const QUESTIONS_ONLY = { kind: 'questions' } as const

/**
 * The lesson's questions on portrait pages: the student's worksheet (boxes
 * and lines, no answers) or the teacher's answer key (filled in, explained).
 */
export function QuestionHandout({ lesson, module, answers }: { lesson: LessonEntry; module: LessonModule; answers: boolean }) {
  const t = useStrings()
  const Content = module.default
  const { title, order } = lesson.meta
  const inSlides = module.questions.some((question) => question.assessment === undefined)
  return (
    <article className="print-handout print-questions" aria-labelledby="print-handout-title">
      <header className="qh-header">
        <p className="qh-course">{t.courseTitle} · {t.lessonNumber(order)}</p>
        <h2 id="print-handout-title">{answers ? t.print.answersTitle : t.print.worksheetTitle}: {title}</h2>
        {answers ? (
          <p className="qh-intro">{t.print.answersIntro}</p>
        ) : (
          <div className="qh-fields">
            {[t.print.name, t.print.group, t.print.date].map((label) => (
              <p key={label} className="qh-field" data-field={label}>{label}: <span className="pq-line" aria-hidden="true" /></p>
            ))}
          </div>
        )}
      </header>
      {inSlides && <h3>{t.print.questions}</h3>}
      <PrintQuizContext.Provider value={answers ? 'answers' : 'worksheet'}>
        <PrintSlideContext.Provider value={QUESTIONS_ONLY}>
          <Content components={PRINT_MDX_COMPONENTS} />
        </PrintSlideContext.Provider>
      </PrintQuizContext.Provider>
    </article>
  )
}
