import { describe, expect, it, vi } from 'vitest'
import { createClassroomStore } from './classroom-state.ts'
import {
  type CommandContext,
  type CommandId,
  type DeckCommand,
  type DeckView,
  type KeyInput,
  DECK_COMMANDS,
  DECK_VIEWS,
  ariaKeyShortcuts,
  belongsToFocusedControl,
  commandAvailability,
  commandsIn,
  findCommand,
  findKeyConflicts,
  keyCaps,
  matchCommand,
  runCommand,
} from './commands.ts'
import { createDeckController } from './deck-controller.ts'
import type { Position } from './position.ts'

/** Four slides; the second has two reveal steps; questions q1 and q2 sit on the third. */
const SHAPE = [0, 2, 0, 0]
const QUESTIONS: Record<number, string[]> = { 2: ['q1', 'q2'] }

function contextAt(position: Position = { slide: 0, step: 0 }) {
  const openDialog = vi.fn()
  const openOtherView = vi.fn()
  const toggleFullscreen = vi.fn()
  const context: CommandContext = {
    controller: createDeckController(SHAPE, position),
    classroom: createClassroomStore(),
    questionsOn: (slide) => QUESTIONS[slide] ?? [],
    openDialog,
    openOtherView,
    toggleFullscreen,
  }
  return { context, openDialog, openOtherView, toggleFullscreen }
}

/** Every (view, key, command) the table defines. */
const EVERY_KEY: [DeckView, string, CommandId][] = DECK_VIEWS.flatMap((view) =>
  commandsIn(view).flatMap((command) => command.keys.map((key): [DeckView, string, CommandId] => [view, key, command.id])))

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']

describe('DECK_COMMANDS table', () => {
  it('no key runs two commands in the same view (nor appears twice in one)', () => {
    expect(findKeyConflicts()).toEqual([])
  })

  it('ids are unique; every command has a key and exists in at least one view', () => {
    const ids = DECK_COMMANDS.map((command) => command.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const command of DECK_COMMANDS) {
      expect(command.keys.length, command.id).toBeGreaterThan(0)
      expect(command.views.length, command.id).toBeGreaterThan(0)
      for (const view of command.views) expect(DECK_VIEWS).toContain(view)
    }
  })

  it('finds a conflict in a table where two commands of one view claim a key, and none across views', () => {
    const run = () => {}
    const table: DeckCommand[] = [
      { id: 'next', keys: ['n'], views: ['audience', 'console'], run },
      { id: 'help', keys: ['n', 'h'], views: ['console'], run },
      { id: 'qr', keys: ['h'], views: ['audience'], run },
    ]
    expect(findKeyConflicts(table)).toEqual([{ view: 'console', key: 'n', ids: ['next', 'help'] }])
    // An ambiguous key does nothing; a key claimed once per view works in each.
    expect(matchCommand({ key: 'n' }, 'console', table)).toBeNull()
    expect(matchCommand({ key: 'n' }, 'audience', table)?.id).toBe('next')
    expect(matchCommand({ key: 'h' }, 'console', table)?.id).toBe('help')
    expect(matchCommand({ key: 'h' }, 'audience', table)?.id).toBe('qr')
  })

  it.each<[DeckView, CommandId[]]>([
    ['audience', ['next', 'previous', 'nextSlide', 'previousSlide', 'first', 'last', 'overview', 'goto', 'black', 'white', 'fullscreen', 'qr', 'presenter', 'help']],
    ['console', ['next', 'previous', 'nextSlide', 'previousSlide', 'first', 'last', 'goto', 'black', 'white', 'reveal', 'presenter', 'help']],
  ])('the %s view offers exactly its commands', (view, ids) => {
    expect(commandsIn(view).map((command) => command.id)).toEqual(ids)
  })

  it.each<[string, CommandId]>([
    ['ArrowRight', 'next'], [' ', 'next'], ['PageDown', 'next'],
    ['ArrowLeft', 'previous'], ['PageUp', 'previous'],
    ['ArrowDown', 'nextSlide'], ['ArrowUp', 'previousSlide'],
    ['Home', 'first'], ['End', 'last'],
    ['g', 'goto'], ['b', 'black'], ['.', 'black'], ['w', 'white'], ['p', 'presenter'], ['?', 'help'],
  ])('in both views, %j runs %s', (key, id) => {
    for (const view of DECK_VIEWS) expect(matchCommand({ key }, view)?.id).toBe(id)
  })

  it.each(['o', 'f', 'q'])('%j exists in the audience view only', (key) => {
    expect(matchCommand({ key }, 'audience')).not.toBeNull()
    expect(matchCommand({ key }, 'console')).toBeNull()
  })

  it('R (reveal the slide\'s answers) exists in the console only', () => {
    expect(matchCommand({ key: 'r' }, 'console')?.id).toBe('reveal')
    expect(matchCommand({ key: 'r' }, 'audience')).toBeNull()
  })
})

describe('running commands', () => {
  it.each<[CommandId, Position, Position]>([
    ['next', { slide: 0, step: 0 }, { slide: 1, step: 0 }],
    ['next', { slide: 1, step: 0 }, { slide: 1, step: 1 }],
    ['previous', { slide: 2, step: 0 }, { slide: 1, step: 2 }],
    ['nextSlide', { slide: 1, step: 1 }, { slide: 2, step: 0 }],
    ['previousSlide', { slide: 2, step: 0 }, { slide: 1, step: 0 }],
    ['previousSlide', { slide: 0, step: 0 }, { slide: 0, step: 0 }],
    ['first', { slide: 3, step: 0 }, { slide: 0, step: 0 }],
    ['last', { slide: 1, step: 1 }, { slide: 3, step: 0 }],
  ])('%s from %j goes to %j in both views', (id, from, to) => {
    for (const view of DECK_VIEWS) {
      const { context } = contextAt(from)
      runCommand(findCommand(id), view, context)
      expect(context.controller.getPosition()).toEqual(to)
    }
  })

  it.each<[CommandId, Position]>([
    ['previous', { slide: 0, step: 0 }],
    ['previousSlide', { slide: 0, step: 0 }],
    ['first', { slide: 0, step: 0 }],
    ['next', { slide: 3, step: 0 }],
    ['nextSlide', { slide: 3, step: 0 }],
    ['last', { slide: 3, step: 0 }],
  ])('%s at %j is disabled and does nothing', (id, at) => {
    const { context } = contextAt(at)
    const listener = vi.fn()
    context.controller.subscribe(listener)
    for (const view of DECK_VIEWS) {
      expect(commandAvailability(findCommand(id), view, context)).toBe('disabled')
      expect(runCommand(findCommand(id), view, context)).toBe(false)
    }
    expect(context.controller.getPosition()).toEqual(at)
    expect(listener).not.toHaveBeenCalled()
  })

  it('previous slide within the first slide\'s steps goes back to its start (enabled)', () => {
    const { context } = contextAt({ slide: 0, step: 0 })
    context.controller.go({ slide: 1, step: 2 })
    expect(commandAvailability(findCommand('previousSlide'), 'console', context)).toBe('enabled')
  })

  it('B and W toggle the shared screen; the key of the screen shown brings the slide back', () => {
    const { context } = contextAt()
    const black = findCommand('black')
    const white = findCommand('white')
    runCommand(black, 'console', context)
    expect(context.classroom.get().screen).toBe('black')
    expect(black.pressed?.(context)).toBe(true)
    runCommand(white, 'console', context)
    expect(context.classroom.get().screen).toBe('white')
    expect(black.pressed?.(context)).toBe(false)
    runCommand(white, 'audience', context)
    expect(context.classroom.get().screen).toBe('normal')
  })

  it('reveal shows every answer of the slide, then hides them; it is disabled on a slide without questions', () => {
    const { context } = contextAt({ slide: 1, step: 0 })
    const reveal = findCommand('reveal')
    expect(commandAvailability(reveal, 'console', context)).toBe('disabled')
    expect(runCommand(reveal, 'console', context)).toBe(false)
    expect(context.classroom.get().revealed).toEqual([])

    context.controller.go({ slide: 2, step: 0 })
    context.classroom.set({ revealed: ['elsewhere', 'q2'] })
    expect(reveal.pressed?.(context)).toBe(false)
    runCommand(reveal, 'console', context)
    expect(context.classroom.get().revealed).toEqual(['elsewhere', 'q2', 'q1'])
    expect(reveal.pressed?.(context)).toBe(true)
    runCommand(reveal, 'console', context)
    expect(context.classroom.get().revealed).toEqual(['elsewhere'])
    // Not in the audience view.
    expect(runCommand(reveal, 'audience', context)).toBe(false)
  })

  it.each<[CommandId, 'openDialog' | 'openOtherView' | 'toggleFullscreen', unknown[]]>([
    ['help', 'openDialog', ['help']],
    ['goto', 'openDialog', ['goto']],
    ['overview', 'openDialog', ['overview']],
    ['qr', 'openDialog', ['qr']],
    ['presenter', 'openOtherView', []],
    ['fullscreen', 'toggleFullscreen', []],
  ])('%s in the views where it exists calls %s, elsewhere nothing', (id, effect, args) => {
    const command = findCommand(id)
    for (const view of DECK_VIEWS) {
      const spies = contextAt()
      const ran = runCommand(command, view, spies.context)
      expect(ran).toBe(command.views.includes(view))
      if (ran) expect(spies[effect]).toHaveBeenCalledWith(...args)
      else expect(spies[effect]).not.toHaveBeenCalled()
    }
  })
})

describe('matchCommand', () => {
  it.each(EVERY_KEY)('%s: %j with no focused control → %s', (view, key, id) => {
    expect(matchCommand({ key }, view)?.id).toBe(id)
    expect(matchCommand({ key, target: { tagName: 'BODY' } }, view)?.id).toBe(id)
    expect(matchCommand({ key, target: { tagName: 'DIV', role: null } }, view)?.id).toBe(id)
  })

  it.each(['a', 'Enter', 'Escape', 'Tab', 'x', 'Backspace', 'F11', ''])('unknown key %j → null', (key) => {
    for (const view of DECK_VIEWS) expect(matchCommand({ key }, view)).toBeNull()
  })

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('%s with a command key → null (browser shortcuts win)', (modifier) => {
    for (const [view, key] of EVERY_KEY) expect(matchCommand({ key, [modifier]: true }, view)).toBeNull()
  })

  it('shift alone does not block (? is typed with shift)', () => {
    expect(matchCommand({ key: '?', shiftKey: true } as KeyInput, 'audience')?.id).toBe('help')
  })

  it('an open dialog keeps every key', () => {
    for (const [view, key] of EVERY_KEY) expect(matchCommand({ key, dialogOpen: true }, view)).toBeNull()
  })

  it.each([
    ['BUTTON', ' '],
    ['BUTTON', 'Enter'],
    ['A', ' '],
    ['A', 'Enter'],
    ['SUMMARY', ' '],
    ['button', ' '], // lower-case tag names (XHTML/SVG)
  ])('%s target with %j → null (activates the control)', (tagName, key) => {
    for (const view of DECK_VIEWS) expect(matchCommand({ key, target: { tagName } }, view)).toBeNull()
  })

  it.each(['BUTTON', 'A'])('%s target still lets arrows and other commands through', (tagName) => {
    expect(matchCommand({ key: 'ArrowRight', target: { tagName } }, 'audience')?.id).toBe('next')
    expect(matchCommand({ key: 'ArrowLeft', target: { tagName } }, 'console')?.id).toBe('previous')
    expect(matchCommand({ key: 'End', target: { tagName } }, 'audience')?.id).toBe('last')
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
    for (const view of DECK_VIEWS) for (const key of ARROWS) expect(matchCommand({ key, target }, view)).toBeNull()
  })

  it.each(typingTargets)('every command key typed into %s → null (f, r and ? are text there)', (_name, target) => {
    for (const [view, key] of EVERY_KEY) expect(matchCommand({ key, target }, view)).toBeNull()
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

describe('how keys are shown', () => {
  it('keyCaps names special keys and shows a letter once, in capitals', () => {
    expect(keyCaps(['b', 'B', '.'], { '.': 'punto' })).toEqual(['B', 'punto'])
    expect(keyCaps(['ArrowRight', ' '], { ArrowRight: '→', ' ': 'Espacio' })).toEqual(['→', 'Espacio'])
  })

  it('ariaKeyShortcuts spells Space and lists each key once', () => {
    expect(ariaKeyShortcuts(['ArrowRight', ' ', 'PageDown'])).toBe('ArrowRight Space PageDown')
    expect(ariaKeyShortcuts(['w', 'W'])).toBe('W')
  })
})
