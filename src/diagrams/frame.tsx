import type { ReactNode } from 'react'
import type { DiagramEnv } from './diagram-registry'

/** Every diagram draws in this coordinate space (16:9). */
export const VIEW_W = 1200
export const VIEW_H = 675

/** Width of the narrow layouts' coordinate space: 22-unit labels come to 13 px in a 358 px column. */
export const NARROW_W = 600

/** Props shared by every diagram that can be built up layer by layer. */
export interface BuildProps {
  /** Reveal the layers one per slide step (the base layer is always shown). */
  build?: boolean
  /** Step (1-based) that reveals the first hidden layer. Defaults to 1. */
  stepStart?: number
}

interface LayerProps extends BuildProps {
  /** 0 = base layer, always visible; layer i appears at step stepStart + i − 1. */
  index: number
  name: string
  env: DiagramEnv
  children: ReactNode
}

/** A build layer: hidden layers stay in the DOM (no layout jump) but are invisible and aria-hidden. */
export function Layer({ index, name, build, stepStart, env, children }: LayerProps) {
  const step = (stepStart ?? 1) + index - 1
  const visible = index === 0 || !build || env.stepVisible(step)
  return (
    <g
      className={visible ? 'diagram-layer' : 'diagram-layer diagram-layer--hidden'}
      data-layer={name}
      data-step={build && index > 0 ? step : undefined}
      visibility={visible ? undefined : 'hidden'}
      aria-hidden={visible ? undefined : true}
    >
      {children}
    </g>
  )
}

interface DiagramSvgProps {
  title: string
  desc: string
  /** Extra class, e.g. the component name, for targeted styling. */
  variant: string
  env: DiagramEnv
  /** `narrow`: the layout for a narrow column (a phone's reading page); its height is the drawing's. */
  layout?: 'wide' | 'narrow'
  height?: number
  children: ReactNode
}

/** Accessible SVG frame: role img, named by its <title> and <desc>. */
export function DiagramSvg({ title, desc, variant, env, layout = 'wide', height = VIEW_H, children }: DiagramSvgProps) {
  const titleId = `${env.id}-title`
  const descId = `${env.id}-desc`
  return (
    <svg
      className={`diagram diagram--${layout} diagram--${variant}`}
      viewBox={`0 0 ${layout === 'wide' ? VIEW_W : NARROW_W} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>
      {children}
    </svg>
  )
}
