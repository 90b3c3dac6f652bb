/**
 * What to print, kept in the page's query (`?kind=slides&per=2&notes=1`) so a
 * reload or a shared link gives the same handout, and how slides are laid out
 * on A4 sheets. Pure: no React, no DOM.
 */
export type HandoutKind = 'slides' | 'worksheet' | 'answers'
export type PerPage = 1 | 2 | 4
export type Orientation = 'landscape' | 'portrait'

export interface PrintOptions {
  kind: HandoutKind
  per: PerPage
  notes: boolean
}

export const HANDOUT_KINDS: readonly HandoutKind[] = ['slides', 'worksheet', 'answers']
export const PER_PAGE: readonly PerPage[] = [1, 2, 4]
export const DEFAULT_PRINT_OPTIONS: PrintOptions = { kind: 'slides', per: 1, notes: false }

/** Reads the options from a query string; anything unknown falls back to the default. */
export function parsePrintOptions(search: string): PrintOptions {
  const params = new URLSearchParams(search)
  const kind = params.get('kind')
  const per = Number(params.get('per'))
  return {
    kind: HANDOUT_KINDS.find((value) => value === kind) ?? DEFAULT_PRINT_OPTIONS.kind,
    per: PER_PAGE.find((value) => value === per) ?? DEFAULT_PRINT_OPTIONS.per,
    notes: params.get('notes') === '1',
  }
}

/** The query for some options. Worksheets and answer keys take no layout options. */
export function formatPrintOptions(options: PrintOptions): string {
  if (options.kind !== 'slides') return `?kind=${options.kind}`
  return `?kind=slides&per=${options.per}&notes=${options.notes ? 1 : 0}`
}

/**
 * How the slides of one sheet are placed. `stack`: notes under the slide;
 * `row`: notes beside it. The orientation is the one that gives the largest
 * slides: one slide fills a landscape page; two fit best one above the other
 * on a portrait page; four in a 2×2 grid on a landscape page. With notes, a
 * slide needs room for its text: one per portrait page with the notes below,
 * two side by side on a landscape page, four in rows on a portrait page.
 */
export interface SheetLayout {
  orientation: Orientation
  columns: number
  rows: number
  cell: 'stack' | 'row'
}

const LAYOUTS: Record<`${PerPage}-${'notes' | 'plain'}`, SheetLayout> = {
  '1-plain': { orientation: 'landscape', columns: 1, rows: 1, cell: 'stack' },
  '2-plain': { orientation: 'portrait', columns: 1, rows: 2, cell: 'stack' },
  '4-plain': { orientation: 'landscape', columns: 2, rows: 2, cell: 'stack' },
  '1-notes': { orientation: 'portrait', columns: 1, rows: 1, cell: 'stack' },
  '2-notes': { orientation: 'landscape', columns: 2, rows: 1, cell: 'stack' },
  '4-notes': { orientation: 'portrait', columns: 1, rows: 4, cell: 'row' },
}

export function sheetLayout(per: PerPage, notes: boolean): SheetLayout {
  return LAYOUTS[`${per}-${notes ? 'notes' : 'plain'}`]
}

/** The paper orientation of a handout: question sheets are always portrait. */
export function handoutOrientation(options: PrintOptions): Orientation {
  return options.kind === 'slides' ? sheetLayout(options.per, options.notes).orientation : 'portrait'
}

/** Slide indices printed on each sheet, in order: [[0, 1], [2, 3], [4]]. */
export function sheetsOf(slideCount: number, per: PerPage): number[][] {
  const sheets: number[][] = []
  for (let first = 0; first < slideCount; first += per) {
    sheets.push(Array.from({ length: Math.min(per, slideCount - first) }, (_, offset) => first + offset))
  }
  return sheets
}
