import { useMemo } from 'react'
import type { LessonEntry } from '../../../lessons/registry-core.ts'
import type { LessonModule } from '../../../lessons/lesson-module.ts'
import { PRINT_MDX_COMPONENTS } from './print-components.ts'
import { type PerPage, sheetLayout, sheetsOf } from './print-options.ts'
import { PrintQuizContext } from './print-question.tsx'
import { PrintSlideContext } from './print-slide.tsx'

/**
 * Every slide with every step shown, `per` to a sheet. Each sheet is exactly
 * one printed page (a fixed-size box followed by a page break), so the page
 * count is the sheet count. The lesson is rendered once per sheet, each time
 * keeping only that sheet's slides.
 */
export function SlidesHandout({ lesson, module, per, notes }: { lesson: LessonEntry; module: LessonModule; per: PerPage; notes: boolean }) {
  const Content = module.default
  const layout = sheetLayout(per, notes)
  const views = useMemo(
    () => sheetsOf(module.slideCount, per).map((slides) => ({ kind: 'sheet' as const, slides, slideCount: module.slideCount, notes, lessonTitle: lesson.meta.title })),
    [module.slideCount, per, notes, lesson.meta.title],
  )
  return (
    <div className="print-handout print-slides" data-orientation={layout.orientation}>
      <PrintQuizContext.Provider value="slide">
        {views.map((view, index) => (
          <div key={index} className="print-paper" data-orientation={layout.orientation}>
            <div className="print-sheet" data-orientation={layout.orientation}>
              <div className="print-grid" data-layout={`${per}-${notes ? 'notes' : 'plain'}`} data-cell={layout.cell}>
                <PrintSlideContext.Provider value={view}>
                  <Content components={PRINT_MDX_COMPONENTS} />
                </PrintSlideContext.Provider>
              </div>
            </div>
          </div>
        ))}
      </PrintQuizContext.Provider>
    </div>
  )
}
