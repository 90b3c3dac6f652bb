/**
 * Display preferences: colour theme and reading text size, remembered in one
 * localStorage key, separate from progress. Pure: no DOM, no storage access.
 *
 * The inline script in index.html applies the same rules before the first
 * paint (it cannot import modules); display-preferences.test.ts runs that
 * script against these functions so the two never drift apart.
 */

import type { Strings } from '../i18n/strings.ts'
import type { LabelsFor } from '../lib/labels-for.ts'

export const DISPLAY_STORAGE_KEY = 'aulavirt-display'

export const THEMES = ['light', 'dark', 'contrast'] as const
export type Theme = (typeof THEMES)[number]

/** Reading text size, in percent of the base size. Slides scale to the screen and ignore it. */
export const FONT_SIZES = [90, 100, 115, 130] as const
export type FontSize = (typeof FONT_SIZES)[number]

export const DEFAULT_FONT_SIZE: FontSize = 100

/** The settings dialog has a name for every theme and every size. */
export type ThemeNames = LabelsFor<Theme, Strings['display']['themes']>
export type FontSizeNames = LabelsFor<FontSize, Strings['display']['fontSizes']>

/** What the student chose; a missing theme means "follow the system setting". */
export interface SavedDisplay {
  theme?: Theme
  fontSize?: FontSize
}

/** What the page shows. */
export interface Display {
  theme: Theme
  fontSize: FontSize
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

export function isFontSize(value: unknown): value is FontSize {
  return typeof value === 'number' && (FONT_SIZES as readonly number[]).includes(value)
}

/** Reads the stored text; anything missing, foreign or malformed is simply left out. */
export function parseSavedDisplay(raw: string | null | undefined): SavedDisplay {
  if (!raw) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
  const { theme, fontSize } = parsed as Record<string, unknown>
  const saved: SavedDisplay = {}
  if (isTheme(theme)) saved.theme = theme
  if (isFontSize(fontSize)) saved.fontSize = fontSize
  return saved
}

export function serializeSavedDisplay(saved: SavedDisplay): string {
  return JSON.stringify({ theme: saved.theme, fontSize: saved.fontSize })
}

/** Light unless the student chose otherwise, or dark when nothing is saved and the system prefers dark. */
export function resolveDisplay(saved: SavedDisplay, systemPrefersDark: boolean): Display {
  return {
    theme: saved.theme ?? (systemPrefersDark ? 'dark' : 'light'),
    fontSize: saved.fontSize ?? DEFAULT_FONT_SIZE,
  }
}

/** The value for `<meta name="color-scheme">`: native controls and scrollbars follow it. */
export function colorSchemeOf(theme: Theme): 'light' | 'dark' {
  return theme === 'light' ? 'light' : 'dark'
}

/** Reads what the pre-paint script wrote on <html> (`data-theme`, `data-font-size`); unknown values fall back. */
export function displayFromAttributes(theme: string | null | undefined, fontSize: string | null | undefined): Display {
  const size = Number(fontSize)
  return {
    theme: isTheme(theme) ? theme : 'light',
    fontSize: isFontSize(size) ? size : DEFAULT_FONT_SIZE,
  }
}
