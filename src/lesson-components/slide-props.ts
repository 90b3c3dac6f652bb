import type { ReactNode } from 'react'

/**
 * The props of a lesson's `<Slide>`, as mdx/remark-slides.ts writes them
 * around every slide; each view that renders slides (the deck and reading
 * page, print) takes these.
 */
export interface SlideProps {
  /** 0-based position in the lesson. */
  index: number
  /** Reveal steps, counted at build time. */
  steps: number
  /** The slide's first heading, or '' if it has none. */
  title: string
  children?: ReactNode
}
