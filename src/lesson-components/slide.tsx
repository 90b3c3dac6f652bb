import type { ReactNode } from 'react'
import type { DeckController } from '../deck/deck-controller.ts'
import { useDeckView, useSlideState } from '../deck-react/deck-context.tsx'
import { StepContext } from '../deck-react/step-context.ts'
import { useStrings } from '../i18n/use-strings.ts'

interface SlideProps {
  index: number
  steps: number
  title: string
  children?: ReactNode
}

const ALL_STEPS = { revealed: Number.POSITIVE_INFINITY, all: true }

/** One slide of a lesson; the remark slide plugin wraps every slide in it. */
export function Slide(props: SlideProps) {
  const view = useDeckView()
  if (view.mode === 'read') {
    return (
      <section id={String(props.index + 1)} className="reading-slide" data-slide-index={props.index}>
        <StepContext.Provider value={ALL_STEPS}>{props.children}</StepContext.Provider>
      </section>
    )
  }
  return <PresentedSlide {...props} controller={view.controller} slideCount={view.slideCount} />
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
      <StepContext.Provider value={{ revealed: Math.max(revealed, 0), all: false }}>{children}</StepContext.Provider>
    </section>
  )
}
