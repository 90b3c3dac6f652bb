import type { ReactNode } from 'react'
import { STACK_LABELS, type StackKind, type StackLabels } from './architecture-stack-labels'
import { type DiagramEnv, defineDiagram } from './diagram-registry'
import { DiagramSvg, Layer, NARROW_W, VIEW_H, type BuildProps } from './frame'
import { Box, Callout, calloutLines, textHeight, type TextSize, type Tone } from './primitives'

export type { StackKind } from './architecture-stack-labels'

export interface ArchitectureStackProps extends BuildProps {
  kind: StackKind
}

type LayerName = 'hardware' | 'host' | 'middle' | 'guests' | 'apps'

interface Span {
  x: number
  w: number
}

function columns(x0: number, x1: number, n: number, gap: number): Span[] {
  const w = (x1 - x0 - gap * (n - 1)) / n
  return Array.from({ length: n }, (_, i) => ({ x: x0 + i * (w + gap), w }))
}

const LAYERS: Record<StackKind, LayerName[]> = {
  emulation: ['hardware', 'host', 'middle', 'guests', 'apps'],
  type1: ['hardware', 'middle', 'guests', 'apps'],
  type2: ['hardware', 'host', 'middle', 'guests', 'apps'],
  paravirtualization: ['hardware', 'middle', 'guests', 'apps'],
  containers: ['hardware', 'host', 'middle', 'guests', 'apps'],
}
/** The layer the callout explains (drawn with a thick outline). */
const FOCUS: Record<StackKind, LayerName> = {
  emulation: 'middle',
  type1: 'middle',
  type2: 'middle',
  paravirtualization: 'guests',
  containers: 'guests',
}

/** Where the parts go: the 16:9 slide layout, or the narrow column's. */
interface Geometry {
  layout: 'wide' | 'narrow'
  /** Left and right edges of the stack. */
  x0: number
  x1: number
  /** Bottom of the hardware layer. */
  bottom: number
  gap: number
  height: Record<LayerName, number>
  /** Left edge of the type 2 hypervisor and of the guests above it (the host's other apps take the rest). */
  type2GuestsX: number
  columnGap: number
  guestSize: (columnWidth: number) => TextSize
  appSize: TextSize
  /** The callout, given the middle of the focus layer. */
  callout: (focusY: number, calloutH: number) => { x: number; y: number; w: number; via?: number }
}

const WIDE: Geometry = {
  layout: 'wide',
  x0: 40,
  x1: 840,
  bottom: 655,
  gap: 14,
  height: { hardware: 100, host: 95, middle: 105, guests: 140, apps: 95 },
  type2GuestsX: 270,
  columnGap: 20,
  guestSize: (w) => (w < 220 ? 'md' : 'lg'),
  appSize: 'md',
  // In the right-hand column, level with the focus layer.
  callout: (focusY, h) => ({ x: 892, y: Math.min(Math.max(focusY - h / 2, 10), 655 - h), w: 290 }),
}

/** Narrow column: the same stack, its labels broken to fit; the callout under it, its arrow up the right margin. */
const NARROW: Geometry = {
  layout: 'narrow',
  x0: 12,
  x1: 548,
  bottom: 0, // set per kind: the stack is drawn from the top down to fit its layers
  gap: 12,
  height: { hardware: 100, host: 110, middle: 110, guests: 150, apps: 64 },
  type2GuestsX: 140,
  columnGap: 10,
  guestSize: () => 'sm',
  appSize: 'sm',
  callout: (_focusY, _h) => ({ x: 12, y: 0, w: NARROW_W - 24, via: 574 }),
}

interface Band {
  y: number
  h: number
}

interface Parts {
  kind: StackKind
  t: StackLabels
  g: Geometry
  b: Band
  focus: boolean
  guests: Span
}

function hardware({ kind, t, g, b }: Parts): ReactNode {
  const label = kind === 'emulation' ? t.hardwareX86 : t.hardware
  const sub = kind === 'type1' ? t.hardwareVt : kind === 'containers' ? t.hardwareNoVt : t.hardwareSub
  return <Box x={g.x0} y={b.y} w={g.x1 - g.x0} h={b.h} tone="hw" label={label} sub={sub} size="xl" subSize="md" wrap={g.layout === 'narrow'} />
}

function host({ kind, t, g, b, focus }: Parts): ReactNode {
  const shared = kind === 'containers'
  return (
    <Box x={g.x0} y={b.y} w={g.x1 - g.x0} h={b.h} tone={shared ? 'kernel' : 'host'} label={shared ? t.hostKernel : t.hostOs}
      sub={shared ? t.hostKernelSub : t.hostOsSub} subSize="md" focus={focus} wrap={g.layout === 'narrow'} />
  )
}

function middle({ kind, t, g, b, focus, guests }: Parts): ReactNode {
  const common = { x: g.x0, y: b.y, w: g.x1 - g.x0, h: b.h, focus, subSize: 'md' as const, wrap: g.layout === 'narrow' }
  switch (kind) {
    case 'emulation':
      return <Box {...common} tone="emu" label={t.emulator} sub={t.emulatorSub} />
    case 'type1':
      return <Box {...common} tone="hyp" label={t.hyp1} sub={t.hyp1Sub} />
    case 'paravirtualization':
      return <Box {...common} tone="hyp" label={t.hypPv} sub={t.hypPvSub} />
    case 'containers':
      return <Box {...common} tone="hyp" label={t.engine} sub={t.engineSub} />
    case 'type2':
      return (
        <>
          <Box {...common} w={guests.x - g.x0 - g.columnGap} tone="app" label={t.hostApps} size={g.layout === 'wide' ? 'md' : 'sm'} focus={false} />
          <Box {...common} x={guests.x} w={guests.w} tone="hyp" label={t.hyp2} sub={t.hyp2Sub} subSize="sm" />
        </>
      )
  }
}

function guestBoxes({ kind, t, g, b, focus, guests }: Parts): ReactNode {
  const cols = columns(guests.x, guests.x + guests.w, 3, g.columnGap)
  const size = g.guestSize(cols[0]?.w ?? 0)
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
    <Box key={i} x={c.x} y={b.y} w={c.w} h={b.h} tone={tone} label={label} sub={sub} size={size} subSize={g.layout === 'wide' ? 'md' : 'sm'}
      focus={focus} wrap={g.layout === 'narrow'} />
  ))
}

function apps({ t, g, b, guests }: Parts): ReactNode {
  return columns(guests.x, guests.x + guests.w, 3, g.columnGap).flatMap((c, i) =>
    columns(c.x, c.x + c.w, 2, g.layout === 'wide' ? 12 : 8).map((a, j) => (
      <Box key={`${i}-${j}`} x={a.x} y={b.y} w={a.w} h={b.h} tone="app" label={t.app} size={g.appSize} />
    )),
  )
}

const DRAW: Record<LayerName, (parts: Parts) => ReactNode> = { hardware, host, middle, guests: guestBoxes, apps }

/** One drawing of the stack, bottom (hardware) to top (apps), with the callout on the focus layer. */
function StackDrawing({ kind, g, env, build, stepStart }: ArchitectureStackProps & { g: Geometry; env: DiagramEnv }) {
  const t = STACK_LABELS[env.lang]
  const layers = LAYERS[kind]
  const guests = kind === 'type2' ? { x: g.type2GuestsX, w: g.x1 - g.type2GuestsX } : { x: g.x0, w: g.x1 - g.x0 }
  const calloutBox = g.callout(0, 0)
  const calloutH = textHeight(calloutLines(t.callout[kind], calloutBox.w, calloutBox.via !== undefined)) + 24

  // Narrow: the stack starts at the top and the callout goes under it; wide: the hardware sits at the same place for every kind.
  const stackH = layers.reduce((sum, name) => sum + g.height[name] + g.gap, -g.gap)
  const bottom = g.layout === 'wide' ? g.bottom : 12 + stackH
  const height = g.layout === 'wide' ? VIEW_H : bottom + 28 + calloutH + 12

  const bands: Band[] = []
  let y = bottom
  for (const name of layers) {
    y -= g.height[name]
    bands.push({ y, h: g.height[name] })
    y -= g.gap
  }

  return (
    <DiagramSvg title={t.title[kind]} desc={t.desc[kind]} variant={`architecture-stack diagram--${kind}`} env={env} layout={g.layout} height={height}>
      {layers.map((name, i) => {
        const b = bands[i] ?? { y: 0, h: 0 }
        const focus = name === FOCUS[kind]
        const cy = b.y + b.h / 2
        const c = g.layout === 'wide' ? g.callout(cy, calloutH) : { ...calloutBox, y: bottom + 28 }
        return (
          <Layer key={name} index={i} name={name} build={build} stepStart={stepStart} env={env}>
            {DRAW[name]({ kind, t, g, b, focus, guests })}
            {focus && <Callout x={c.x} y={c.y} w={c.w} text={t.callout[kind]} to={[g.x1 + 4, cy]} via={c.via} />}
          </Layer>
        )
      })}
    </DiagramSvg>
  )
}

/**
 * The five virtualization architectures of the lecture's figures, drawn as
 * stacks from the hardware (bottom) to the applications (top).
 */
defineDiagram<ArchitectureStackProps>('ArchitectureStack', {
  title: (props, lang) => STACK_LABELS[lang].title[props.kind],
  wide: (props, env) => <StackDrawing {...props} g={WIDE} env={env} />,
  narrow: (props, env) => <StackDrawing {...props} g={NARROW} env={env} />,
})
