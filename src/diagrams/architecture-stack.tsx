import type { ReactNode } from 'react'
import { useLang } from '../i18n/lang-context'
import { STACK_LABELS, type StackKind, type StackLabels } from './architecture-stack-labels'
import { DiagramFigure } from './diagram-figure'
import { DiagramSvg, Layer, type BuildProps } from './frame'
import { Box, Callout, lines, textHeight, type Tone } from './primitives'

export type { StackKind } from './architecture-stack-labels'

export interface ArchitectureStackProps extends BuildProps {
  kind: StackKind
}

/** Stack drawing area (the right-hand column holds the callout). */
const X0 = 40
const X1 = 840
const BOTTOM = 655
const GAP = 14
const CALLOUT_X = 892
const CALLOUT_W = 290

type LayerName = 'hardware' | 'host' | 'middle' | 'guests' | 'apps'
const HEIGHT: Record<LayerName, number> = { hardware: 100, host: 95, middle: 105, guests: 140, apps: 95 }

interface Span {
  x: number
  w: number
}

function columns(x0: number, x1: number, n: number, gap: number): Span[] {
  const w = (x1 - x0 - gap * (n - 1)) / n
  return Array.from({ length: n }, (_, i) => ({ x: x0 + i * (w + gap), w }))
}

interface StackSpec {
  layers: LayerName[]
  focus: LayerName
  /** Horizontal span of the guests (and of their apps). */
  guestSpan: Span
}

const SPECS: Record<StackKind, StackSpec> = {
  emulation: { layers: ['hardware', 'host', 'middle', 'guests', 'apps'], focus: 'middle', guestSpan: { x: X0, w: X1 - X0 } },
  type1: { layers: ['hardware', 'middle', 'guests', 'apps'], focus: 'middle', guestSpan: { x: X0, w: X1 - X0 } },
  type2: { layers: ['hardware', 'host', 'middle', 'guests', 'apps'], focus: 'middle', guestSpan: { x: 270, w: X1 - 270 } },
  paravirtualization: { layers: ['hardware', 'middle', 'guests', 'apps'], focus: 'guests', guestSpan: { x: X0, w: X1 - X0 } },
  containers: { layers: ['hardware', 'host', 'middle', 'guests', 'apps'], focus: 'guests', guestSpan: { x: X0, w: X1 - X0 } },
}

interface Band {
  y: number
  h: number
}

function hardware(kind: StackKind, t: StackLabels, b: Band): ReactNode {
  const label = kind === 'emulation' ? t.hardwareX86 : t.hardware
  const sub =
    kind === 'type1' ? t.hardwareVt : kind === 'containers' ? t.hardwareNoVt : t.hardwareSub
  return <Box x={X0} y={b.y} w={X1 - X0} h={b.h} tone="hw" label={label} sub={sub} size="xl" subSize="md" />
}

function host(kind: StackKind, t: StackLabels, b: Band, focus: boolean): ReactNode {
  const shared = kind === 'containers'
  return (
    <Box
      x={X0}
      y={b.y}
      w={X1 - X0}
      h={b.h}
      tone={shared ? 'kernel' : 'host'}
      label={shared ? t.hostKernel : t.hostOs}
      sub={shared ? t.hostKernelSub : t.hostOsSub}
      subSize="md"
      focus={focus}
    />
  )
}

function middle(kind: StackKind, t: StackLabels, b: Band, focus: boolean, span: Span): ReactNode {
  const common = { y: b.y, h: b.h, focus, subSize: 'md' as const }
  switch (kind) {
    case 'emulation':
      return <Box {...common} x={X0} w={X1 - X0} tone="emu" label={t.emulator} sub={t.emulatorSub} />
    case 'type1':
      return <Box {...common} x={X0} w={X1 - X0} tone="hyp" label={t.hyp1} sub={t.hyp1Sub} />
    case 'paravirtualization':
      return <Box {...common} x={X0} w={X1 - X0} tone="hyp" label={t.hypPv} sub={t.hypPvSub} />
    case 'containers':
      return <Box {...common} x={X0} w={X1 - X0} tone="hyp" label={t.engine} sub={t.engineSub} />
    case 'type2':
      return (
        <>
          <Box x={X0} y={b.y} w={span.x - X0 - 20} h={b.h} tone="app" label={t.hostApps} size="md" />
          <Box {...common} x={span.x} w={span.w} tone="hyp" label={t.hyp2} sub={t.hyp2Sub} subSize="sm" />
        </>
      )
  }
}

function guests(kind: StackKind, t: StackLabels, b: Band, focus: boolean, span: Span): ReactNode {
  const cols = columns(span.x, span.x + span.w, 3, 20)
  const size = cols[0] && cols[0].w < 220 ? 'md' : 'lg'
  let tone: Tone = 'guest'
  let label = t.guestOs
  let sub: string | undefined = t.guestSub
  if (kind === 'emulation') {
    label = t.guestArm
    sub = undefined
  }
  if (kind === 'paravirtualization') {
    label = t.guestPv
    sub = t.guestPvSub
  }
  if (kind === 'containers') {
    tone = 'container'
    label = t.container
    sub = t.containerSub
  }
  return cols.map((c, i) => (
    <Box key={i} x={c.x} y={b.y} w={c.w} h={b.h} tone={tone} label={label} sub={sub} size={size} subSize="md" focus={focus} />
  ))
}

function apps(t: StackLabels, b: Band, span: Span): ReactNode {
  return columns(span.x, span.x + span.w, 3, 20).flatMap((c, i) =>
    columns(c.x, c.x + c.w, 2, 12).map((a, j) => (
      <Box key={`${i}-${j}`} x={a.x} y={b.y} w={a.w} h={b.h} tone="app" label={t.app} size="md" />
    )),
  )
}

/**
 * The five virtualization architectures of the lecture's figures, drawn as
 * stacks from the hardware (bottom) to the applications (top).
 */
export function ArchitectureStack({ kind, build, stepStart }: ArchitectureStackProps) {
  const t = STACK_LABELS[useLang()]
  const spec = SPECS[kind]

  // Bands from the bottom up, so the hardware sits at the same place for every kind.
  const bands: Band[] = []
  let y = BOTTOM
  for (const name of spec.layers) {
    y -= HEIGHT[name]
    bands.push({ y, h: HEIGHT[name] })
    y -= GAP
  }

  const calloutLines = lines(t.callout[kind], 'md', true)
  const calloutH = textHeight(calloutLines) + 24

  return (
    <DiagramFigure title={t.title[kind]}>
    <DiagramSvg title={t.title[kind]} desc={t.desc[kind]} variant={`architecture-stack diagram--${kind}`}>
      {spec.layers.map((name, i) => {
        const b = bands[i] ?? { y: 0, h: 0 }
        const focus = name === spec.focus
        let body: ReactNode
        if (name === 'hardware') body = hardware(kind, t, b)
        else if (name === 'host') body = host(kind, t, b, focus)
        else if (name === 'middle') body = middle(kind, t, b, focus, spec.guestSpan)
        else if (name === 'guests') body = guests(kind, t, b, focus, spec.guestSpan)
        else body = apps(t, b, spec.guestSpan)
        const cy = b.y + b.h / 2
        const calloutY = Math.min(Math.max(cy - calloutH / 2, 10), BOTTOM - calloutH)
        return (
          <Layer key={name} index={i} name={name} build={build} stepStart={stepStart}>
            {body}
            {focus && <Callout x={CALLOUT_X} y={calloutY} w={CALLOUT_W} text={t.callout[kind]} to={[X1 + 4, cy]} />}
          </Layer>
        )
      })}
    </DiagramSvg>
    </DiagramFigure>
  )
}
