import type { ReactElement } from 'react'
import type { Lang } from '../i18n/lang'
import type { DiagramComponent } from './diagram-names'

/**
 * What a drawing needs from the page, handed in by the host component
 * (diagram-host.tsx): the drawings themselves are plain functions, with no
 * React import, so each can be its own chunk, loaded only by the lessons that
 * draw it, without the bundler moving React out of the app's entry chunk.
 */
export interface DiagramEnv {
  lang: Lang
  /** Whether reveal step `step` (1-based, counted at build time) is shown. */
  stepVisible: (step: number) => boolean
  /** Unique prefix for the ids of this drawing. */
  id: string
}

export interface DiagramDefinition<P> {
  title: (props: P, lang: Lang) => string
  /** The 16:9 drawing (slides, print, wide columns). */
  wide: (props: P, env: DiagramEnv) => ReactElement
  /** The drawing for a narrow column (a phone's reading page). */
  narrow: (props: P, env: DiagramEnv) => ReactElement
}

// `any`: each diagram has its own props, checked where it is defined.
const definitions = new Map<DiagramComponent, DiagramDefinition<any>>()

/** Registers a diagram; its module runs this when a lesson that draws it is loaded (mdx/remark-diagram-imports.ts). */
export function defineDiagram<P>(name: DiagramComponent, definition: DiagramDefinition<P>): DiagramDefinition<P> {
  definitions.set(name, definition)
  return definition
}

export function diagramDefinition<P>(name: DiagramComponent): DiagramDefinition<P> | undefined {
  return definitions.get(name)
}
