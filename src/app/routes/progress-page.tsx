import { useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { formatGrade, formatPercent } from '../../i18n/format.ts'
import { useStrings } from '../../i18n-react/use-strings.ts'
import { LESSONS } from '../../lessons/registry.ts'
import { lessonsFor } from '../../lessons/registry-core.ts'
import { courseTotal, type LessonProgress, lessonProgress } from '../../store/lesson-progress.ts'
import { exportProgressCsv, exportProgressJson, parseProgressImport } from '../../store/progress-transfer.ts'
import { toProgressData } from '../../store/progress-types.ts'
import { useProgress, useProgressStore } from '../../store-react/progress-context.tsx'
import { downloadText } from '../../ui/download.ts'
import { RouteLink } from '../../ui/route-link.tsx'
import { SiteHeader } from '../../ui/site-header.tsx'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { progressKeptByLms } from '../course-progress.ts'
import { useRoute } from '../../routing-react/route-context.ts'
import { LMS_PROGRESS_INTRO } from './lms-progress-intro.ts'
import { ProgressRow } from './progress-row.tsx'

/** Per-lesson progress, course total, reset, export (JSON, CSV) and import. */
export function ProgressPage() {
  const t = useStrings().progress
  const { lang } = useRoute()
  const ready = useHydrated()
  // A language's lessons are loaded before its pages render, so the list only changes with the language.
  const lessons = useMemo(() => lessonsFor(LESSONS, lang), [lang])
  const progress = useProgressStore()
  const data = useProgress(useShallow(toProgressData))
  const rows = useMemo(() => lessons.map((lesson) => lessonProgress(data, lesson)), [lessons, data])
  const total = courseTotal(rows)
  const [status, setStatus] = useState('')
  const [pendingReset, setPendingReset] = useState<LessonProgress | null>(null)
  const confirmRef = useRef<HTMLDialogElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  const askReset = (row: LessonProgress) => {
    setPendingReset(row)
    confirmRef.current?.showModal()
  }
  const reset = () => {
    const lesson = lessons.find((entry) => entry.meta.id === pendingReset?.lessonId)
    if (!lesson || !pendingReset) return
    progress.getState().resetLesson(lesson.meta.id)
    setStatus(t.resetDone(pendingReset.title))
  }
  const stamp = () => new Date().toISOString().slice(0, 10)
  const importFile = async (file: File) => {
    const result = parseProgressImport(await file.text(), progress.catalog)
    if (result.ok) progress.getState().replaceProgress(result.data)
    if (result.ok) setStatus(t.importDone)
    else {
      const { problem } = result
      setStatus(t.importFailed(problem.kind === 'foreign-data' ? t.importProblem[problem.kind](problem.count, problem.example) : t.importProblem[problem.kind]))
    }
    if (fileRef.current) fileRef.current.value = ''
  }
  const percent = (earned: number, count: number) => formatPercent(count ? earned / count : 0, lang)

  return (
    <>
      <SiteHeader />
      <main id="contenido" className="page progress-page" tabIndex={-1} data-ready={ready || undefined}>
        <h1>{t.title}</h1>
        {/* After hydration: the prerendered page cannot know it is inside the SCORM launch page. */}
        <p>{ready && progressKeptByLms ? LMS_PROGRESS_INTRO[lang] : t.intro}</p>
        <div className="table-scroll">
          <table className="progress-table">
            <thead>
              <tr>
                <th scope="col">{t.lesson}</th>
                <th scope="col">{t.slidesSeen}</th>
                <th scope="col">{t.quizzes}</th>
                <th scope="col">{t.selfAssessment}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => <ProgressRow key={row.lessonId} row={row} onReset={askReset} />)}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td>{t.seen(total.visited, total.slides)}</td>
                <td>{t.quizScore(total.quiz.answered, total.quiz.total, percent(total.quiz.earned, total.quiz.total))}</td>
                <td>{total.assessmentMean !== undefined ? t.meanGrade(formatGrade(total.assessmentMean, lang), total.assessmentsTaken, total.lessons) : t.notTaken}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
        {data.setAside.length > 0 && <p className="progress-aside">{t.setAsideNote(data.setAside.length)}</p>}
        <h2>{t.exportTitle}</h2>
        <p className="progress-actions">
          <button type="button" className="button" onClick={() => downloadText(`${t.exportFileName}-${stamp()}.json`, exportProgressJson(data, Date.now()), 'application/json')}>
            {t.exportJson}
          </button>
          <button type="button" className="button button-secondary" onClick={() => downloadText(`${t.exportFileName}-${stamp()}.csv`, exportProgressCsv(rows, t.csvHeaders, t.csvStyle), 'text/csv;charset=utf-8')}>
            {t.exportCsv}
          </button>
        </p>
        <p className="progress-import">
          <label htmlFor="import-progress">{t.importJson}</label>
          <input ref={fileRef} id="import-progress" type="file" accept="application/json,.json" onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void importFile(file)
          }} />
        </p>
        <p role="status" className="progress-status">{status}</p>
        <p><RouteLink to={{ page: 'home', lang }}>{useStrings().home}</RouteLink></p>
      </main>
      <dialog ref={confirmRef} className="help-dialog" aria-labelledby="reset-title" onClose={() => setPendingReset(null)}>
        <h2 id="reset-title">{t.confirmResetTitle}</h2>
        <p>{pendingReset ? t.confirmReset(pendingReset.title) : ''}</p>
        <form method="dialog" className="progress-actions">
          <button type="submit" className="button" value="confirm" onClick={reset}>{t.confirm}</button>
          <button type="submit" className="button button-secondary" value="cancel" autoFocus>{t.cancel}</button>
        </form>
      </dialog>
    </>
  )
}
