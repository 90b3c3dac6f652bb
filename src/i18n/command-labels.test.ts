import { describe, expect, it } from 'vitest'
import { DECK_COMMANDS, commandLabel } from '../deck/commands.ts'
import { es } from './strings.ts'
import { en } from './strings-en.ts'

describe.each([['es', es], ['en', en]] as const)('%s command labels', (_lang, strings) => {
  it('every command has a label in every view where it exists', () => {
    for (const command of DECK_COMMANDS) {
      for (const view of command.views) {
        expect(commandLabel(strings.commandLabels, command.id, view).trim(), `${command.id} in ${view}`).not.toBe('')
      }
    }
  })

  it('the labels of one view are all different (the help lists them side by side)', () => {
    for (const view of ['audience', 'console'] as const) {
      const labels = DECK_COMMANDS.filter((command) => command.views.includes(view)).map((command) => commandLabel(strings.commandLabels, command.id, view))
      expect(new Set(labels).size).toBe(labels.length)
    }
  })

  it('P names the other view: the presenter view from the audience, the audience view from the console', () => {
    const audience = commandLabel(strings.commandLabels, 'presenter', 'audience')
    const console = commandLabel(strings.commandLabels, 'presenter', 'console')
    expect(audience).not.toBe(console)
  })
})
