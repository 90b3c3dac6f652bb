import type { CommandLabel, Strings } from '../i18n/strings.ts'
import type { LabelsFor } from '../lib/labels-for.ts'
import { type ClassroomStore, toggleRevealed, toggleScreen } from './classroom-state.ts'
import type { DeckController } from './deck-controller.ts'
import {
  type DeckShape,
  type Position,
  firstPosition,
  lastPosition,
  nextPosition,
  nextSlidePosition,
  previousPosition,
  previousSlidePosition,
  samePosition,
} from './position.ts'

/**
 * The one table of what a presentation can do: its keys, in which views it
 * exists, when it is enabled and what it does. The key handler, the help
 * dialog, the deck bars and the tests all read it; labels live in the
 * dictionaries, keyed by command id. No React, no DOM: effects on the page
 * (dialogs, windows, fullscreen) arrive through the context.
 */
export type CommandId =
  | 'next' | 'previous' | 'nextSlide' | 'previousSlide' | 'first' | 'last'
  | 'overview' | 'goto' | 'black' | 'white' | 'reveal' | 'fullscreen' | 'qr' | 'presenter' | 'help'

/** The audience view (the projector, or a student's screen) and the presenter console. */
export type DeckView = 'audience' | 'console'
export const DECK_VIEWS: readonly DeckView[] = ['audience', 'console']

export type DeckDialog = 'help' | 'goto' | 'overview' | 'qr'

/** What a command may read and touch: the page hands these in. */
export interface CommandContext {
  controller: DeckController
  classroom: ClassroomStore
  /** Ids of the questions on a slide (the console reveals their answers). */
  questionsOn(slide: number): readonly string[]
  openDialog(dialog: DeckDialog): void
  /** The other view of this lesson: the console from the audience view, and back. */
  openOtherView(): void
  toggleFullscreen(): void
}

export interface DeckCommand {
  id: CommandId
  /** `KeyboardEvent.key` values that run it. */
  keys: readonly string[]
  /** The views in which it exists. */
  views: readonly DeckView[]
  /** Whether it can run now (default: always). A disabled command does nothing. */
  enabled?(context: CommandContext): boolean
  /** For toggles: whether it is on now (the bars show it as pressed). */
  pressed?(context: CommandContext): boolean
  run(context: CommandContext): void
}

const BOTH: readonly DeckView[] = DECK_VIEWS

/** A move: enabled when it would go somewhere. */
function move(id: CommandId, keys: readonly string[], target: (position: Position, shape: DeckShape) => Position): DeckCommand {
  const goesSomewhere = ({ controller }: CommandContext) => {
    const position = controller.getPosition()
    return !samePosition(target(position, controller.shape), position)
  }
  return {
    id, keys, views: BOTH,
    enabled: goesSomewhere,
    run: ({ controller }) => controller.go(target(controller.getPosition(), controller.shape)),
  }
}

function screen(id: 'black' | 'white', keys: readonly string[]): DeckCommand {
  return {
    id, keys, views: BOTH,
    pressed: ({ classroom }) => classroom.get().screen === id,
    run: ({ classroom }) => classroom.set({ screen: toggleScreen(classroom.get().screen, id) }),
  }
}

function dialog(id: DeckDialog, keys: readonly string[], views: readonly DeckView[]): DeckCommand {
  return { id, keys, views, run: (context) => context.openDialog(id) }
}

const slideQuestions = (context: CommandContext) => context.questionsOn(context.controller.getPosition().slide)

export const DECK_COMMANDS: readonly DeckCommand[] = [
  move('next', ['ArrowRight', ' ', 'PageDown'], nextPosition),
  move('previous', ['ArrowLeft', 'PageUp'], previousPosition),
  // As in Slidev: down and up move by whole slides, to skip a slide's reveals.
  move('nextSlide', ['ArrowDown'], nextSlidePosition),
  move('previousSlide', ['ArrowUp'], previousSlidePosition),
  move('first', ['Home'], () => firstPosition()),
  move('last', ['End'], (_position, shape) => lastPosition(shape)),
  dialog('overview', ['o', 'O'], ['audience']),
  dialog('goto', ['g', 'G'], BOTH),
  screen('black', ['b', 'B', '.']),
  screen('white', ['w', 'W']),
  {
    // Every answer on the slide at once: a teacher with a clicker or a keyboard need not reach for the mouse.
    id: 'reveal', keys: ['r', 'R'], views: ['console'],
    enabled: (context) => slideQuestions(context).length > 0,
    pressed: (context) => {
      const ids = slideQuestions(context)
      return ids.length > 0 && ids.every((id) => context.classroom.get().revealed.includes(id))
    },
    run(context) {
      const ids = slideQuestions(context)
      const { revealed } = context.classroom.get()
      const showAll = ids.some((id) => !revealed.includes(id))
      const next = ids.reduce((list, id) => (list.includes(id) === showAll ? list : toggleRevealed(list, id)), revealed)
      context.classroom.set({ revealed: next })
    },
  },
  { id: 'fullscreen', keys: ['f', 'F'], views: ['audience'], run: (context) => context.toggleFullscreen() },
  dialog('qr', ['q', 'Q'], ['audience']),
  { id: 'presenter', keys: ['p', 'P'], views: BOTH, run: (context) => context.openOtherView() },
  dialog('help', ['?'], BOTH),
]

export type CommandAvailability = 'absent' | 'disabled' | 'enabled'

/** Whether a command exists in a view and, if so, whether it can run now. */
export function commandAvailability(command: DeckCommand, view: DeckView, context: CommandContext): CommandAvailability {
  if (!command.views.includes(view)) return 'absent'
  return command.enabled && !command.enabled(context) ? 'disabled' : 'enabled'
}

export function commandsIn(view: DeckView, table: readonly DeckCommand[] = DECK_COMMANDS): DeckCommand[] {
  return table.filter((command) => command.views.includes(view))
}

export function findCommand(id: CommandId, table: readonly DeckCommand[] = DECK_COMMANDS): DeckCommand {
  const command = table.find((candidate) => candidate.id === id)
  if (!command) throw new Error(`No deck command "${id}"`)
  return command
}

/** Runs a command if it exists in the view and is enabled; says whether it ran. */
export function runCommand(command: DeckCommand, view: DeckView, context: CommandContext): boolean {
  if (commandAvailability(command, view, context) !== 'enabled') return false
  command.run(context)
  return true
}

export interface KeyConflict {
  view: DeckView
  key: string
  ids: CommandId[]
}

/** Keys claimed by two commands in the same view (or twice by one): the table must have none. */
export function findKeyConflicts(table: readonly DeckCommand[] = DECK_COMMANDS): KeyConflict[] {
  const conflicts: KeyConflict[] = []
  for (const view of DECK_VIEWS) {
    const claims = new Map<string, CommandId[]>()
    for (const command of commandsIn(view, table)) {
      for (const key of command.keys) claims.set(key, [...(claims.get(key) ?? []), command.id])
    }
    for (const [key, ids] of claims) if (ids.length > 1) conflicts.push({ view, key, ids })
  }
  return conflicts
}

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

/** The command a key press asks for in a view, or null when the deck must leave the key alone. */
export function matchCommand(input: KeyInput, view: DeckView, table: readonly DeckCommand[] = DECK_COMMANDS): DeckCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null
  if (input.dialogOpen || belongsToFocusedControl(input)) return null
  const matches = commandsIn(view, table).filter((command) => command.keys.includes(input.key))
  return matches.length === 1 ? matches[0]! : null
}

/** Every command has a label in the dictionaries, and a label per view names the views there are. */
export type CommandLabels = LabelsFor<CommandId, Strings['commandLabels']>
export type LabelPerView = LabelsFor<DeckView, Exclude<CommandLabel, string>>

export function commandLabel(labels: Readonly<Record<CommandId, CommandLabel>>, id: CommandId, view: DeckView): string {
  const label = labels[id]
  return typeof label === 'string' ? label : label[view]
}

/**
 * The keys as people read them, each once: b and B are one key, shown B.
 * `names` spells the special keys in the page's language.
 */
export function keyCaps(keys: readonly string[], names: Readonly<Record<string, string>>): string[] {
  return [...new Set(keys.map((key) => names[key] ?? key.toUpperCase()))]
}

/** The `aria-keyshortcuts` value of a command's keys (UI Events key names, Space spelled out). */
export function ariaKeyShortcuts(keys: readonly string[]): string {
  return [...new Set(keys.map((key) => (key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key)))].join(' ')
}
