import { useEffect, useRef, useState } from 'react'
import { DeckViewContext } from '../../../deck-react/deck-context.tsx'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import { LessonProvider } from '../../../lesson-components/lesson-provider.tsx'
import type { LessonEntry } from '../../../lessons/registry-core.ts'
import type { LessonModule } from '../../../lessons/lesson-module.ts'
import { RouteLink } from '../../../ui/route-link.tsx'
import { SiteHeader } from '../../../ui/site-header.tsx'
import { useRoute } from '../../../routing-react/route-context.ts'
import { PrintControls } from './print-controls.tsx'
import { DEFAULT_PRINT_OPTIONS, type PrintOptions, formatPrintOptions, handoutOrientation, parsePrintOptions, sheetsOf } from './print-options.ts'
import { QuestionHandout } from './question-handout.tsx'
import { SlidesHandout } from './slides-handout.tsx'
import { useFitToBox } from './use-fit-to-box.ts'
// Only the handout pages need these rules, so they ship with this page, not in every page's stylesheet.
import PRINT_CSS from '../../../styles/print.css?inline'

/**
 * Printable handouts made from the lesson: the slides (1, 2 or 4 a page, with
 * or without speaker notes), the student's worksheet and the answer key.
 * The options live in the query, so a reload or a shared link prints the same.
 */
export function PrintPage({ lesson, module }: { lesson: LessonEntry; module: LessonModule }) {
  const t = useStrings()
  const { lang } = useRoute()
  const { id, title } = lesson.meta
  // null until read from the address (the prerendered page shows the default).
  const [chosen, setChosen] = useState<PrintOptions | null>(null)
  const options = chosen ?? DEFAULT_PRINT_OPTIONS
  const query = formatPrintOptions(options)
  const handoutRef = useRef<HTMLDivElement>(null)
  const fitted = useFitToBox(handoutRef, query)

  useEffect(() => setChosen(parsePrintOptions(window.location.search)), [])
  const choose = (next: PrintOptions) => {
    setChosen(next)
    window.history.replaceState(window.history.state, '', formatPrintOptions(next) + window.location.hash)
  }

  const landscape = handoutOrientation(options) === 'landscape'
  const summary = options.kind === 'slides' ? t.print.pages(sheetsOf(module.slideCount, options.per).length, landscape) : t.print.portraitPages
  return (
    <>
      <style href="aulavirt-print" precedence="aulavirt">{PRINT_CSS}</style>
      {/* The language switch keeps the chosen handout: its "hash" is appended to the link as is. */}
      <SiteHeader languageHash={chosen ? query : ''}>
        <RouteLink className="button button-secondary" to={{ page: 'lesson', lang, lessonId: id }}>{t.print.back}</RouteLink>
      </SiteHeader>
      <main id="contenido" className="page print-page" tabIndex={-1} data-ready={chosen !== null && fitted === query ? true : undefined}>
        <div className="print-intro">
          <h1>{t.print.title}: {title}</h1>
          <p>{t.print.intro}</p>
          <PrintControls options={options} summary={summary} onChange={choose} />
        </div>
        <div ref={handoutRef} className="print-preview" role="region" aria-label={t.print.preview} data-kind={options.kind}>
          <DeckViewContext.Provider value={{ mode: 'read', slideCount: module.slideCount }}>
            <LessonProvider lessonId={id} module={module}>
              {options.kind === 'slides' ? (
                <SlidesHandout lesson={lesson} module={module} per={options.per} notes={options.notes} />
              ) : (
                <QuestionHandout lesson={lesson} module={module} answers={options.kind === 'answers'} />
              )}
            </LessonProvider>
          </DeckViewContext.Provider>
        </div>
      </main>
    </>
  )
}
