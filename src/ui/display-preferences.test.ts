import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import {
  colorSchemeOf,
  type Display,
  displayFromAttributes,
  parseSavedDisplay,
  resolveDisplay,
  type SavedDisplay,
  serializeSavedDisplay,
  THEMES,
} from './display-preferences.ts'

describe('parseSavedDisplay', () => {
  it.each<[string | null, SavedDisplay]>([
    [null, {}],
    ['', {}],
    ['{"theme":"dark","fontSize":115}', { theme: 'dark', fontSize: 115 }],
    ['{"theme":"contrast"}', { theme: 'contrast' }],
    ['{"fontSize":130}', { fontSize: 130 }],
    ['{"theme":"sepia","fontSize":200}', {}],
    ['{"theme":"dark","fontSize":"115"}', { theme: 'dark' }],
    ['not json', {}],
    ['"dark"', {}],
    ['[1,2]', {}],
    ['null', {}],
  ])('%j → %j', (raw, expected) => {
    expect(parseSavedDisplay(raw)).toEqual(expected)
  })

  it('reads back what it writes', () => {
    const saved: SavedDisplay = { theme: 'contrast', fontSize: 90 }
    expect(parseSavedDisplay(serializeSavedDisplay(saved))).toEqual(saved)
    expect(parseSavedDisplay(serializeSavedDisplay({ fontSize: 115 }))).toEqual({ fontSize: 115 })
  })
})

describe('resolveDisplay', () => {
  it.each<[SavedDisplay, boolean, Display]>([
    [{}, false, { theme: 'light', fontSize: 100 }],
    [{}, true, { theme: 'dark', fontSize: 100 }],
    [{ theme: 'light' }, true, { theme: 'light', fontSize: 100 }],
    [{ theme: 'contrast', fontSize: 130 }, false, { theme: 'contrast', fontSize: 130 }],
    [{ fontSize: 90 }, true, { theme: 'dark', fontSize: 90 }],
  ])('%j with a dark system %s → %j', (saved, dark, expected) => {
    expect(resolveDisplay(saved, dark)).toEqual(expected)
  })

  it('gives native controls a dark colour scheme in the dark and contrast themes', () => {
    expect(THEMES.map(colorSchemeOf)).toEqual(['light', 'dark', 'dark'])
  })

  it('reads the attributes on <html>, falling back on unknown values', () => {
    expect(displayFromAttributes('contrast', '115')).toEqual({ theme: 'contrast', fontSize: 115 })
    expect(displayFromAttributes(undefined, 'big')).toEqual({ theme: 'light', fontSize: 100 })
  })
})

/** The classic script in index.html's <head> that runs before the first paint. */
function prePaintScript(): string {
  const html = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8')
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (!script) throw new Error('index.html has no inline script')
  return script
}

interface FakePage {
  attributes: Record<string, string>
  colorScheme: string
}

/** Runs the script against a fake page: storage either holds `stored` or throws, as when blocked. */
function runPrePaint(stored: string | null | 'blocked', systemDark: boolean | 'missing'): FakePage {
  const attributes: Record<string, string> = {}
  const meta = { content: 'light', setAttribute: (_name: string, value: string) => { meta.content = value } }
  const window = {
    localStorage: {
      getItem: () => {
        if (stored === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError')
        return stored
      },
    },
    matchMedia: systemDark === 'missing' ? undefined : () => ({ matches: systemDark }),
  }
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => { attributes[name] = value } },
    querySelector: (selector: string) => (selector === 'meta[name="color-scheme"]' ? meta : null),
  }
  runInNewContext(prePaintScript(), { window, document })
  return { attributes, colorScheme: meta.content }
}

describe('the pre-paint script in index.html', () => {
  const stored = [null, '{"theme":"dark"}', '{"theme":"contrast","fontSize":130}', '{"fontSize":90}', '{"theme":"sepia","fontSize":7}', '{oops', '42', 'null']
  const cases = stored.flatMap((raw) => [false, true].map((dark) => [raw, dark] as const))

  it.each(cases)('applies the same rules as the app for %j (dark system: %s)', (raw, dark) => {
    const expected = resolveDisplay(parseSavedDisplay(raw), dark)
    expect(runPrePaint(raw, dark)).toEqual({
      attributes: { 'data-theme': expected.theme, 'data-font-size': String(expected.fontSize) },
      colorScheme: colorSchemeOf(expected.theme),
    })
  })

  it('never throws: blocked storage or no matchMedia give the defaults', () => {
    expect(runPrePaint('blocked', true).attributes).toEqual({ 'data-theme': 'dark', 'data-font-size': '100' })
    expect(runPrePaint('blocked', 'missing').attributes).toEqual({ 'data-theme': 'light', 'data-font-size': '100' })
    expect(runPrePaint('{"theme":"contrast"}', 'missing').attributes).toEqual({ 'data-theme': 'contrast', 'data-font-size': '100' })
  })
})

/** The colour custom properties each theme block in theme.css declares. */
function palettes(): Record<string, Record<string, string>> {
  const css = readFileSync(resolve(import.meta.dirname, '../styles/theme.css'), 'utf8')
  const result: Record<string, Record<string, string>> = {}
  for (const theme of THEMES) {
    const block = new RegExp(`\\[data-theme='${theme}'\\] \\{([^}]*)\\}`).exec(css)?.[1] ?? ''
    result[theme] = Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]))
  }
  return result
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

/** Foreground, backgrounds it is drawn on, and the WCAG AA minimum (4.5 text, 3 focus rings and control borders). */
const PAIRS: [string, string[], number][] = [
  ['text', ['bg', 'surface', 'surface-2', 'slide-bg', 'code-bg', 'right-bg', 'wrong-bg', 'partial-bg'], 4.5],
  ['muted', ['bg', 'surface', 'surface-2', 'slide-bg'], 4.5],
  ['link', ['bg', 'surface', 'surface-2', 'slide-bg'], 4.5],
  ['accent', ['bg', 'surface', 'slide-bg'], 4.5],
  ['accent-text', ['accent'], 4.5],
  ['right', ['surface', 'slide-bg', 'right-bg'], 4.5],
  ['wrong', ['surface', 'slide-bg', 'wrong-bg'], 4.5],
  ['partial', ['surface', 'slide-bg', 'partial-bg'], 4.5],
  ['focus', ['bg', 'surface', 'slide-bg'], 3],
]

describe('theme palettes', () => {
  it.each(['dark', 'contrast'])('%s declares every colour the light theme has', (theme) => {
    const all = palettes()
    expect(Object.keys(all[theme]!).sort()).toEqual(Object.keys(all.light!).sort())
  })

  it.each([...THEMES])('%s meets WCAG AA contrast for text, links, feedback and focus', (theme) => {
    const palette = palettes()[theme]!
    const failures = PAIRS.flatMap(([fore, backs, minimum]) => backs
      .map((back) => ({ pair: `${fore} on ${back}`, ratio: contrast(palette[fore]!, palette[back]!) }))
      .filter(({ ratio }) => !(ratio >= minimum)))
    expect(failures).toEqual([])
  })

  it.each(['dark', 'contrast'])('%s draws control borders at 3:1 or more', (theme) => {
    const palette = palettes()[theme]!
    for (const back of ['bg', 'surface']) expect(contrast(palette.border!, palette[back]!)).toBeGreaterThanOrEqual(3)
  })
})
