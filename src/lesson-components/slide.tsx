import { Children, isValidElement, Suspense } from 'react'
import type { DeckController } from '../deck/deck-controller.ts'
import { useDeckView, useSlideState } from '../deck-react/deck-context.tsx'
import { ALL_STEPS, StepContext } from '../deck-react/step-context.ts'
import { NarrowLayoutContext } from '../diagrams/narrow-layout.ts'
import { useStrings } from '../i18n-react/use-strings.ts'
import { Notes, ShowNotesContext } from './notes.tsx'
import type { SlideProps } from './slide-props.ts'

/** One slide of a lesson; the remark slide plugin wraps every slide in it. */
export function Slide(props: SlideProps) {
  const view = useDeckView()
  if (view.mode === 'read') {
    return (
      <section id={String(props.index + 1)} className="reading-slide" data-slide-index={props.index}>
        <StepContext.Provider value={ALL_STEPS}>
          <NarrowLayoutContext.Provider value>
            {/* A boundary per slide: the prerendered page hydrates slide by slide, in short tasks, not in one long one. */}
            <Suspense>{props.children}</Suspense>
          </NarrowLayoutContext.Provider>
        </StepContext.Provider>
      </section>
    )
  }
  if (view.mode === 'notes') return <SlideNotes {...props} controller={view.controller} />
  if (view.mode === 'overview') {
    return <SlideThumbnail {...props} current={view.current === props.index} onPick={view.onPick} />
  }
  return <PresentedSlide {...props} controller={view.controller} slideCount={view.slideCount} />
}

/** The speaker notes of the current slide only (the rest of the slide is not rendered). */
function SlideNotes({ index, children, controller }: SlideProps & { controller: DeckController }) {
  const current = useSlideState(controller, index) >= 0
  if (!current) return null
  const notes = Children.toArray(children).filter((child) => isValidElement(child) && child.type === Notes)
  return <ShowNotesContext.Provider value>{notes.length > 0 ? notes : null}</ShowNotesContext.Provider>
}

/** A slide in the overview grid: the real slide, scaled down, under one button. */
function SlideThumbnail({ index, title, children, current, onPick }: SlideProps & { current: boolean; onPick: (slide: number) => void }) {
  const t = useStrings()
  return (
    <li className="overview-item" data-current={current || undefined}>
      <div className="canvas overview-canvas" aria-hidden="true" inert>
        <section className="slide">
          <StepContext.Provider value={ALL_STEPS}>{children}</StepContext.Provider>
        </section>
      </div>
      <button type="button" className="overview-button" aria-current={current ? 'true' : undefined}
        aria-label={t.deck.goToSlide(index + 1, title)} onClick={() => onPick(index)}>
        <span className="overview-number">{index + 1}</span>
      </button>
    </li>
  )
}

function PresentedSlide({ index, title, children, controller, slideCount }: SlideProps & { controller: DeckController; slideCount: number }) {
  const revealed = useSlideState(controller, index)
  const t = useStrings()
  const current = revealed >= 0
  return (
    <section
      className="slide"
      hidden={!current}
      aria-roledescription={t.slide}
      aria-label={`${t.slideOf(index + 1, slideCount)}${title ? `: ${title}` : ''}`}
      tabIndex={-1}
      data-slide-index={index}
    >
      <StepContext.Provider value={{ revealed: Math.max(revealed, 0), all: false }}>
        <Suspense>{children}</Suspense>
      </StepContext.Provider>
    </section>
  )
}
