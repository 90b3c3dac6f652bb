import { describe, expect, it } from 'vitest'
import { type DeckAction, type KeyInput, DECK_SHORTCUTS, belongsToFocusedControl, matchShortcut } from './shortcuts.ts'

const EVERY_KEY: [string, DeckAction][] = DECK_SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key): [string, DeckAction] => [key, shortcut.action]))

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']

describe('DECK_SHORTCUTS table', () => {
  it('no key appears in two shortcuts (or twice in one)', () => {
    const keys = EVERY_KEY.map(([key]) => key)
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index)
    expect(repeated).toEqual([])
  })

  it('every action has at least one key and appears once', () => {
    const actions = DECK_SHORTCUTS.map((shortcut) => shortcut.action)
    expect(new Set(actions).size).toBe(actions.length)
    for (const shortcut of DECK_SHORTCUTS) expect(shortcut.keys.length).toBeGreaterThan(0)
  })

  it.each<[string, DeckAction]>([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['ArrowDown', 'nextSlide'],
    ['ArrowUp', 'previousSlide'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['?', 'help'],
  ])('documents %j as %s', (key, action) => {
    expect(EVERY_KEY).toContainEqual([key, action])
  })
})

describe('matchShortcut', () => {
  it.each(EVERY_KEY)('%j with no focused control → %s', (key, action) => {
    expect(matchShortcut({ key })).toBe(action)
    expect(matchShortcut({ key, target: { tagName: 'BODY' } })).toBe(action)
    expect(matchShortcut({ key, target: { tagName: 'DIV', role: null } })).toBe(action)
  })

  it.each(['a', 'Enter', 'Escape', 'Tab', 'x', 'Backspace', 'F11', ''])('unknown key %j → null', (key) => {
    expect(matchShortcut({ key })).toBeNull()
  })

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('%s with a shortcut key → null (browser shortcuts win)', (modifier) => {
    for (const [key] of EVERY_KEY) expect(matchShortcut({ key, [modifier]: true })).toBeNull()
  })

  it('shift alone does not block (? is typed with shift)', () => {
    expect(matchShortcut({ key: '?', shiftKey: true } as KeyInput)).toBe('help')
  })

  it('an open dialog keeps every key', () => {
    for (const [key] of EVERY_KEY) expect(matchShortcut({ key, dialogOpen: true })).toBeNull()
  })

  it.each([
    ['BUTTON', ' '],
    ['BUTTON', 'Enter'],
    ['A', ' '],
    ['A', 'Enter'],
    ['SUMMARY', ' '],
    ['button', ' '], // lower-case tag names (XHTML/SVG)
  ])('%s target with %j → null (activates the control)', (tagName, key) => {
    expect(matchShortcut({ key, target: { tagName } })).toBeNull()
  })

  it.each(['BUTTON', 'A'])('%s target still lets arrows and other shortcuts through', (tagName) => {
    expect(matchShortcut({ key: 'ArrowRight', target: { tagName } })).toBe('next')
    expect(matchShortcut({ key: 'ArrowLeft', target: { tagName } })).toBe('previous')
    expect(matchShortcut({ key: 'End', target: { tagName } })).toBe('last')
  })

  const typingTargets: [string, NonNullable<KeyInput['target']>][] = [
    ['INPUT', { tagName: 'INPUT' }],
    ['input (lower case)', { tagName: 'input' }],
    ['TEXTAREA', { tagName: 'TEXTAREA' }],
    ['SELECT', { tagName: 'SELECT' }],
    ['contenteditable', { tagName: 'DIV', isContentEditable: true }],
    ['role radio', { tagName: 'DIV', role: 'radio' }],
    ['role radiogroup', { tagName: 'DIV', role: 'radiogroup' }],
    ['role slider', { tagName: 'DIV', role: 'slider' }],
    ['role listbox', { tagName: 'UL', role: 'listbox' }],
    ['role option', { tagName: 'LI', role: 'option' }],
    ['role tab', { tagName: 'BUTTON', role: 'tab' }],
  ]

  it.each(typingTargets)('arrows typed into %s → null', (_name, target) => {
    for (const key of ARROWS) expect(matchShortcut({ key, target })).toBeNull()
  })

  it.each(typingTargets)('every shortcut key typed into %s → null (f and ? are text there)', (_name, target) => {
    for (const [key] of EVERY_KEY) expect(matchShortcut({ key, target })).toBeNull()
  })

  it('a custom table with a key in two shortcuts is ambiguous → null', () => {
    const table = [
      { action: 'next' as const, keys: ['n'] },
      { action: 'help' as const, keys: ['n', 'h'] },
    ]
    expect(matchShortcut({ key: 'n' }, table)).toBeNull()
    expect(matchShortcut({ key: 'h' }, table)).toBe('help')
  })
})

describe('belongsToFocusedControl', () => {
  it.each<[string, KeyInput, boolean]>([
    ['no target', { key: 'ArrowRight' }, false],
    ['null target', { key: ' ', target: null }, false],
    ['checkbox input', { key: ' ', target: { tagName: 'INPUT' } }, true],
    ['link with an arrow', { key: 'ArrowDown', target: { tagName: 'A' } }, false],
    ['button with Space', { key: ' ', target: { tagName: 'BUTTON' } }, true],
    ['plain div with Space', { key: ' ', target: { tagName: 'DIV' } }, false],
    ['unknown role', { key: 'ArrowLeft', target: { tagName: 'DIV', role: 'region' } }, false],
  ])('%s → %s', (_name, input, expected) => {
    expect(belongsToFocusedControl(input)).toBe(expected)
  })
})
