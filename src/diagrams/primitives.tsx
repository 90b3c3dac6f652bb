import type { ReactNode } from 'react'

/** Semantic colour roles; each maps to CSS custom properties in diagrams.css. */
export type Tone =
  | 'hw'
  | 'host'
  | 'hyp'
  | 'emu'
  | 'guest'
  | 'app'
  | 'container'
  | 'kernel'
  | 'module'
  | 'client'
  | 'driver'
  | 'region'

export type TextSize = 'xl' | 'lg' | 'md' | 'sm'
/** Font sizes in viewBox units: at 1400 CSS px wide, 22 units ≈ 25.7 px. */
const FONT: Record<TextSize, number> = { xl: 30, lg: 27, md: 24, sm: 22 }
const LINE = 1.2

export interface TextLine {
  text: string
  size: TextSize
  bold?: boolean
  mono?: boolean
}

/** Builds text lines from strings that use "\n" as the line break. */
export function lines(text: string | undefined, size: TextSize, bold = false, mono = false): TextLine[] {
  if (!text) return []
  return text.split('\n').map((t) => ({ text: t, size, bold, mono }))
}

export function textHeight(ls: readonly TextLine[]): number {
  return ls.reduce((h, l) => h + FONT[l.size] * LINE, 0)
}

/** Average advance per character, in font sizes, of DejaVu Sans (the widest font of the diagram stacks). */
const ADVANCE = { regular: 0.56, bold: 0.6, mono: 0.61 }

function lineWidth(text: string, l: TextLine): number {
  return text.length * FONT[l.size] * (l.mono ? ADVANCE.mono : l.bold ? ADVANCE.bold : ADVANCE.regular)
}

/**
 * Breaks lines at spaces so each fits `maxWidth` (viewBox units); a word longer
 * than that stays whole, and a last line of one short word ("1", "/") takes
 * the word before it along.
 */
export function wrapLines(ls: readonly TextLine[], maxWidth: number): TextLine[] {
  return ls.flatMap((l) => {
    const out: string[] = []
    let current = ''
    for (const word of l.text.split(' ')) {
      const candidate = current ? `${current} ${word}` : word
      if (current && lineWidth(candidate, l) > maxWidth) {
        out.push(current)
        current = word
      } else current = candidate
    }
    const previous = out.at(-1)
    if (previous?.includes(' ') && current.length <= 2) {
      const cut = previous.lastIndexOf(' ')
      out[out.length - 1] = previous.slice(0, cut)
      current = `${previous.slice(cut + 1)} ${current}`
    }
    out.push(current)
    return out.map((text) => ({ ...l, text }))
  })
}

interface TextBlockProps {
  x: number
  /** Top of the block (the block is laid out downwards from here). */
  top: number
  lines: readonly TextLine[]
  anchor?: 'start' | 'middle' | 'end'
  className?: string
}

/** Multi-line SVG text: one <tspan> per line with an explicit baseline. */
export function TextBlock({ x, top, lines: ls, anchor = 'middle', className }: TextBlockProps) {
  let y = top
  return (
    <text className={['diagram-text', className].filter(Boolean).join(' ')} textAnchor={anchor}>
      {ls.map((l, i) => {
        const size = FONT[l.size]
        const baseline = y + size * LINE * 0.5 + size * 0.35
        y += size * LINE
        const cls = [l.bold ? 'diagram-text--bold' : '', l.mono ? 'diagram-text--mono' : ''].filter(Boolean).join(' ')
        return (
          <tspan key={i} x={x} y={baseline} fontSize={size} className={cls || undefined}>
            {l.text}
          </tspan>
        )
      })}
    </text>
  )
}

export interface BoxProps {
  x: number
  y: number
  w: number
  h: number
  tone: Tone
  /** Bold label; "\n" breaks lines. */
  label?: string
  /** Secondary text under the label; "\n" breaks lines. */
  sub?: string
  size?: TextSize
  subSize?: TextSize
  /** Label placement: centred in the box, or at its top (when the box holds other boxes). */
  place?: 'center' | 'top'
  mono?: boolean
  subMono?: boolean
  /** Highlights the layer that characterises the diagram (thicker outline). */
  focus?: boolean
  dashed?: boolean
  /** Break the lines that do not fit the box (the narrow layouts). */
  wrap?: boolean
  children?: ReactNode
}

/** A labelled, rounded rectangle. */
export function Box(p: BoxProps) {
  const given = [...lines(p.label, p.size ?? 'lg', true, p.mono), ...lines(p.sub, p.subSize ?? 'sm', false, p.subMono)]
  const ls = p.wrap ? wrapLines(given, p.w - 16) : given
  const h = textHeight(ls)
  const top = p.place === 'top' ? p.y + 10 : p.y + (p.h - h) / 2
  const cls = ['diagram-box', `diagram-box--${p.tone}`, p.focus ? 'diagram-box--focus' : '', p.dashed ? 'diagram-box--dashed' : '']
  return (
    <g className={cls.filter(Boolean).join(' ')}>
      <rect x={p.x} y={p.y} width={p.w} height={p.h} rx={10} ry={10} />
      {ls.length > 0 && <TextBlock x={p.x + p.w / 2} top={top} lines={ls} />}
      {p.children}
    </g>
  )
}

interface ArrowProps {
  x1: number
  y1: number
  x2: number
  y2: number
  /** Also draw a head at the start. */
  both?: boolean
  className?: string
}

function head(x: number, y: number, fromX: number, fromY: number) {
  const a = Math.atan2(y - fromY, x - fromX)
  const len = 20
  const spread = 0.45
  const p1 = `${x - len * Math.cos(a - spread)},${y - len * Math.sin(a - spread)}`
  const p2 = `${x - len * Math.cos(a + spread)},${y - len * Math.sin(a + spread)}`
  return `${x},${y} ${p1} ${p2}`
}

/** A straight arrow with a drawn head (no <marker>, so no id clashes). */
export function Arrow({ x1, y1, x2, y2, both, className }: ArrowProps) {
  const a = Math.atan2(y2 - y1, x2 - x1)
  const shorten = 12
  const ex = x2 - shorten * Math.cos(a)
  const ey = y2 - shorten * Math.sin(a)
  const sx = both ? x1 + shorten * Math.cos(a) : x1
  const sy = both ? y1 + shorten * Math.sin(a) : y1
  return (
    <g className={['diagram-arrow', className].filter(Boolean).join(' ')}>
      <line x1={sx} y1={sy} x2={ex} y2={ey} />
      <polygon points={head(x2, y2, x1, y1)} />
      {both && <polygon points={head(x1, y1, x2, y2)} />}
    </g>
  )
}

interface CalloutProps {
  x: number
  y: number
  w: number
  text: string
  /** Point the callout's arrow touches. */
  to: readonly [number, number]
  /**
   * Narrow layouts: the note's lines are joined and broken again to its width,
   * and its arrow leaves its top edge at x = `via`, runs up, and turns to `to`.
   */
  via?: number
}

export function calloutLines(text: string, w: number, reflow: boolean): TextLine[] {
  return reflow ? wrapLines(lines(text.replace(/\n/g, ' '), 'md', true), w - 36) : lines(text, 'md', true)
}

/** A framed note with an arrow pointing at the part of the drawing it explains. */
export function Callout({ x, y, w, text, to, via }: CalloutProps) {
  const ls = calloutLines(text, w, via !== undefined)
  const h = textHeight(ls) + 24
  const fromX = to[0] < x ? x : x + w
  return (
    <g className="diagram-callout">
      {via === undefined ? (
        <Arrow x1={fromX} y1={y + h / 2} x2={to[0]} y2={to[1]} />
      ) : (
        <>
          <polyline className="diagram-line" points={`${via},${y} ${via},${to[1]}`} />
          <Arrow x1={via} y1={to[1]} x2={to[0]} y2={to[1]} />
        </>
      )}
      <rect x={x} y={y} width={w} height={h} rx={12} ry={12} />
      <TextBlock x={x + 18} top={y + 12} lines={ls} anchor="start" />
    </g>
  )
}
