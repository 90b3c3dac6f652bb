/**
 * The one table of deck keyboard shortcuts. The key handler, the help dialog
 * and the tests all read it, so a shortcut documented is a shortcut that works.
 */
export type DeckAction =
  | 'next' | 'previous' | 'nextSlide' | 'previousSlide' | 'first' | 'last' | 'overview' | 'goto' | 'black' | 'white' | 'fullscreen' | 'qr' | 'presenter' | 'help'

export interface Shortcut {
  action: DeckAction
  /** `KeyboardEvent.key` values that trigger it. */
  keys: readonly string[]
}

export const DECK_SHORTCUTS: readonly Shortcut[] = [
  { action: 'next', keys: ['ArrowRight', ' ', 'PageDown'] },
  { action: 'previous', keys: ['ArrowLeft', 'PageUp'] },
  // As in Slidev: down and up move by whole slides, to skip a slide's reveals.
  { action: 'nextSlide', keys: ['ArrowDown'] },
  { action: 'previousSlide', keys: ['ArrowUp'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'overview', keys: ['o', 'O'] },
  { action: 'goto', keys: ['g', 'G'] },
  { action: 'black', keys: ['b', 'B', '.'] },
  { action: 'white', keys: ['w', 'W'] },
  { action: 'fullscreen', keys: ['f', 'F'] },
  { action: 'qr', keys: ['q', 'Q'] },
  { action: 'presenter', keys: ['p', 'P'] },
  { action: 'help', keys: ['?'] },
]

/** The parts of a keyboard event the matcher needs (easy to build in tests). */
export interface KeyInput {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  /** The element the key was typed into. */
  target?: { tagName?: string; isContentEditable?: boolean; role?: string | null } | null
  /** A dialog is open: its own keys win. */
  dialogOpen?: boolean
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT'])
/** Widgets whose arrow keys and Space belong to them (radio groups, sliders, lists). */
const WIDGET_ROLES = new Set(['radio', 'radiogroup', 'slider', 'listbox', 'option', 'spinbutton', 'textbox', 'combobox', 'menuitem', 'tab'])
const ACTIVATION_KEYS = new Set([' ', 'Enter'])

/** Whether a key press belongs to the focused control rather than to the deck. */
export function belongsToFocusedControl(input: KeyInput): boolean {
  const target = input.target
  if (!target) return false
  if (target.isContentEditable) return true
  if (target.tagName && TYPING_TAGS.has(target.tagName.toUpperCase())) return true
  if (target.role && WIDGET_ROLES.has(target.role)) return true
  const activatable = target.tagName && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName.toUpperCase())
  return Boolean(activatable && ACTIVATION_KEYS.has(input.key))
}

/** The action for a key press, or null when the deck must leave the key alone. */
export function matchShortcut(input: KeyInput, table: readonly Shortcut[] = DECK_SHORTCUTS): DeckAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null
  if (input.dialogOpen || belongsToFocusedControl(input)) return null
  const matches = table.filter((shortcut) => shortcut.keys.includes(input.key))
  return matches.length === 1 ? matches[0]!.action : null
}
