import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createClassroomStore } from '../deck/classroom-state.ts'
import type { CommandContext, DeckDialog, DeckView } from '../deck/commands.ts'
import { createDeckController } from '../deck/deck-controller.ts'
import { useDeckCommands } from '../deck-react/use-deck-commands.ts'
import { loadStrings } from '../i18n/dictionaries.ts'
import type { Lang } from '../i18n/lang.ts'
import { LangContext } from '../i18n-react/lang-context.ts'
import { HelpDialog } from './help-dialog.tsx'

beforeAll(async () => {
  await loadStrings('en')
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** A deck of three slides (the second with two steps) whose help dialog opens with "?", as on the presentation page. */
function Deck({ view, context }: { view: DeckView; context: CommandContext }) {
  const ref = useRef<HTMLDialogElement>(null)
  const controls = useDeckCommands(view, { ...context, openDialog: (dialog: DeckDialog) => (dialog === 'help' ? ref.current?.showModal() : context.openDialog(dialog)) })
  return <HelpDialog ref={ref} controls={controls} />
}

function renderDeck(view: DeckView, lang: Lang = 'es') {
  const controller = createDeckController([1, 3, 1])
  const classroom = createClassroomStore({ presented: view === 'console' })
  const openDialog = vi.fn()
  const context: CommandContext = {
    controller, classroom, openDialog,
    questionsOn: (slide) => (slide === 1 ? ['q-1'] : []),
    openOtherView: vi.fn(),
    toggleFullscreen: vi.fn(),
  }
  render(<LangContext.Provider value={lang}><Deck view={view} context={context} /></LangContext.Provider>)
  return { controller, classroom, openDialog }
}

/** As the "?" key and the deck bar's button do. */
const openHelp = () => (screen.getByRole('dialog', { hidden: true }) as HTMLDialogElement).showModal()
const dialog = () => screen.getByRole('dialog', { name: 'Atajos de teclado' })
const rowOf = (label: string) => within(dialog()).getByRole('button', { name: label }).closest('tr')!

describe('the help dialog', () => {
  it('opens with "?" and lists each key of the audience view with what it does', async () => {
    const user = userEvent.setup()
    renderDeck('audience')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.keyboard('?')
    expect(dialog()).toBeVisible()
    expect(within(dialog()).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Tecla', 'Acción'])
    expect(rowOf('Siguiente paso o diapositiva')).toHaveTextContent('→EspacioAv Pág')
    expect(rowOf('Pantalla en negro (y volver)')).toHaveTextContent('Bpunto')
    expect(rowOf('Abrir la vista del ponente')).toHaveTextContent(/^P/)
    // Help itself is a row, not a button: the dialog is already open.
    expect(within(dialog()).getByRole('row', { name: /\?\s*Mostrar esta ayuda/ })).toBeInTheDocument()
    expect(within(dialog()).queryByRole('button', { name: 'Mostrar esta ayuda' })).not.toBeInTheDocument()
    // The console's own command is not in the audience's list.
    expect(within(dialog()).queryByText(/Mostrar u ocultar en el proyector/)).not.toBeInTheDocument()
    expect(dialog()).toHaveTextContent('En pantallas táctiles, desliza a izquierda o derecha.')
    expect(within(dialog()).getByRole('button', { name: 'Cerrar' })).toBeVisible()
  })

  it('each command is a button: disabled where it would do nothing, and run once the dialog has closed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { controller } = renderDeck('audience')
    act(() => openHelp())
    expect(within(dialog()).getByRole('button', { name: 'Paso o diapositiva anterior' })).toBeDisabled()
    expect(within(dialog()).getByRole('button', { name: 'Primera diapositiva' })).toBeDisabled()
    expect(within(dialog()).getByRole('button', { name: 'Última diapositiva' })).toBeEnabled()

    act(() => within(dialog()).getByRole('button', { name: 'Última diapositiva' }).click())
    // The dialog closes first; the deck moves after it.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(controller.getPosition().slide).toBe(0)
    act(() => vi.runAllTimers())
    expect(controller.getPosition().slide).toBe(2)
    act(() => openHelp())
    expect(within(dialog()).getByRole('button', { name: 'Paso o diapositiva anterior' })).toBeEnabled()
    expect(within(dialog()).getByRole('button', { name: 'Última diapositiva' })).toBeDisabled()
  })

  it('on the presenter console: the reveal key, pressed once the slide\'s answers are shown; the other view\'s label', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { controller, classroom } = renderDeck('console')
    act(() => openHelp())
    const reveal = () => within(dialog()).getByRole('button', { name: /Mostrar u ocultar en el proyector/ })
    expect(reveal()).toBeDisabled()
    expect(rowOf('Abrir la vista del público')).toHaveTextContent(/^P/)
    expect(within(dialog()).queryByRole('button', { name: /Vista general/ })).not.toBeInTheDocument()
    expect(dialog()).not.toHaveTextContent('desliza')

    act(() => controller.go({ slide: 1, step: 0 }))
    expect(reveal()).toBeEnabled()
    expect(reveal()).toHaveAttribute('aria-pressed', 'false')
    act(() => reveal().click())
    act(() => vi.runAllTimers())
    expect(classroom.get().revealed).toEqual(['q-1'])
    act(() => openHelp())
    expect(reveal()).toHaveAttribute('aria-pressed', 'true')
  })

  it('in English', async () => {
    const user = userEvent.setup()
    renderDeck('audience', 'en')
    await user.keyboard('?')
    const help = screen.getByRole('dialog')
    expect(within(help).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Key', 'Action'])
    expect(within(help).getByRole('button', { name: 'Close' })).toBeInTheDocument()
  })
})
