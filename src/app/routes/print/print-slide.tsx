import { Children, createContext, isValidElement, type ReactElement, type ReactNode, useContext } from 'react'
import { ALL_STEPS, StepContext } from '../../../deck-react/step-context.ts'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import { Notes } from '../../../lesson-components/notes.tsx'
import type { SlideProps } from '../../../lesson-components/slide-props.ts'
import { PRINT_QUESTION_COMPONENTS } from './print-question.tsx'

/**
 * What the lesson's `<Slide>`s become on the print page. `sheet`: the slides
 * of one printed sheet, each in a 16:9 box like the projected slide, with
 * its speaker notes if asked; `questions`: only the questions of each slide.
 */
export type PrintSlideView =
  | { kind: 'sheet'; slides: readonly number[]; slideCount: number; notes: boolean; lessonTitle: string }
  | { kind: 'questions' }

export const PrintSlideContext = createContext<PrintSlideView>({ kind: 'questions' })

const QUESTION_TYPES = new Set<unknown>(Object.values(PRINT_QUESTION_COMPONENTS))

function isNotes(node: ReactNode): node is ReactElement<{ children?: ReactNode }> {
  return isValidElement(node) && node.type === Notes
}

export function PrintSlide({ index, title, children }: SlideProps) {
  const view = useContext(PrintSlideContext)
  const nodes = Children.toArray(children)
  if (view.kind === 'questions') return <>{nodes.filter((node) => isValidElement(node) && QUESTION_TYPES.has(node.type))}</>
  if (!view.slides.includes(index)) return null
  const notes = nodes.filter(isNotes)
  return (
    <PrintedSlide
      index={index}
      title={title}
      view={view}
      notes={view.notes ? notes.flatMap((note) => Children.toArray(note.props.children)) : undefined}
    >
      {nodes.filter((node) => !isNotes(node))}
    </PrintedSlide>
  )
}

function PrintedSlide({ index, title, view, notes, children }: {
  index: number
  title: string
  view: Extract<PrintSlideView, { kind: 'sheet' }>
  notes: ReactNode[] | undefined
  children: ReactNode
}) {
  const t = useStrings()
  const caption = t.print.slideCaption(index + 1, view.slideCount)
  return (
    <figure className="print-cell" aria-label={title ? `${caption}: ${title}` : caption}>
      <div className="print-frame">
        <section className="slide print-slide" data-fit="">
          <StepContext.Provider value={ALL_STEPS}>{children}</StepContext.Provider>
        </section>
      </div>
      {notes && (
        <div className="print-notes" data-fit="">
          <p className="print-notes-title">{t.print.notesTitle}</p>
          {notes.length > 0 ? notes : <p className="print-notes-empty">{t.print.noNotes}</p>}
        </div>
      )}
      <figcaption className="print-caption">
        <span className="print-caption-lesson">{view.lessonTitle}</span>
        <span>{caption}</span>
      </figcaption>
    </figure>
  )
}
