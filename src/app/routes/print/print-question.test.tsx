import { cleanup, render, screen, within } from '@testing-library/react'
import { createElement, type ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { LessonQuizContext } from '../../../quiz-react/quiz-context.ts'
import { FIXTURES, type QuestionFixture } from '../../../quiz-react/question-fixtures.tsx'
import { QUESTION_COMPONENT_NAMES } from '../../../quiz/model.ts'
import { PRINT_QUESTION_COMPONENTS, type PrintQuizMode, PrintQuizContext, PromptsOnlyContext } from './print-question.tsx'

afterEach(cleanup)

/** The fixture's question as the print page renders it: the same MDX children, the print component for its type. */
function printed(fixture: QuestionFixture): ReactElement {
  return createElement(PRINT_QUESTION_COMPONENTS[QUESTION_COMPONENT_NAMES[fixture.type]], fixture.element.props as { id: string })
}

function renderPrinted(fixture: QuestionFixture, mode: PrintQuizMode, promptsOnly = false) {
  const spec = fixture.spec()
  return render(
    <LessonQuizContext.Provider value={{ lessonId: 'l', specs: new Map([[spec.id, spec]]) }}>
      <PrintQuizContext.Provider value={mode}>
        <PromptsOnlyContext.Provider value={promptsOnly}>{printed(fixture)}</PromptsOnlyContext.Provider>
      </PrintQuizContext.Provider>
    </LessonQuizContext.Provider>,
  )
}

/** What the answer key prints as the answer; the worksheet never does. */
const ANSWERS: Record<QuestionFixture['type'], (sheet: HTMLElement) => void> = {
  single(sheet) {
    expect(within(sheet).getByText('Invitado').closest('li')).toHaveTextContent('Invitado · ✔ correcta')
    expect(within(sheet).getAllByText(/✔ correcta/)).toHaveLength(1)
    expect(within(sheet).getByText(/^Respuesta: [a-c]$/)).toBeVisible()
  },
  multiple(sheet) {
    for (const option of [/Reunir en un equipo/, /Mover una MV encendida/]) {
      expect(within(sheet).getByText(option).closest('li')).toHaveTextContent('✔ correcta')
    }
    expect(within(sheet).getByText(/Ya no hace falta hardware/).closest('li')).not.toHaveTextContent('correcta')
  },
  truefalse(sheet) {
    expect(sheet).toHaveTextContent('Respuesta: Falso')
  },
  short(sheet) {
    expect(sheet).toHaveTextContent('Respuestas aceptadas: qemu:///system, qemu+unix:///system')
  },
  matching(sheet) {
    const letterOf = (label: string) => within(sheet).getByText(label).closest('li')!.textContent!.slice(0, 1)
    const type1 = letterOf('Tipo 1')
    const type2 = letterOf('Tipo 2')
    expect(within(sheet).getByText('Xen').closest('li')).toHaveTextContent(`1.${type1}Xen`)
    expect(within(sheet).getByText('VirtualBox').closest('li')).toHaveTextContent(`2.${type2}VirtualBox`)
    expect(within(sheet).getByText('VMware ESXi').closest('li')).toHaveTextContent(`3.${type1}VMware ESXi`)
  },
  ordering(sheet) {
    expect(sheet).toHaveTextContent('Respuesta:Crear el contenedorArrancar el contenedorEntrar en el contenedor')
  },
}

describe.each(FIXTURES)('printed $type question', (fixture) => {
  it('answer key: numbered, with the right answer and the explanation', () => {
    renderPrinted(fixture, 'answers')
    const sheet = screen.getByRole('group', { name: 'Pregunta 1' })
    expect(within(sheet).getByText(fixture.prompt)).toBeVisible()
    ANSWERS[fixture.type](sheet)
    expect(within(sheet).getByText('Explicación')).toBeVisible()
    expect(within(sheet).getByText(fixture.explanation)).toBeVisible()
  })

  it('worksheet: numbered, with room to answer, and no answer', () => {
    renderPrinted(fixture, 'worksheet')
    const sheet = screen.getByRole('group', { name: 'Pregunta 1' })
    expect(within(sheet).getByText(fixture.prompt)).toBeVisible()
    expect(() => ANSWERS[fixture.type](sheet)).toThrow()
    expect(sheet).not.toHaveTextContent('✔ correcta')
    expect(sheet).not.toHaveTextContent('Respuestas aceptadas')
    expect(within(sheet).queryByText('Explicación')).not.toBeInTheDocument()
    expect(within(sheet).queryByText(fixture.explanation)).not.toBeInTheDocument()
  })

  it('on a printed slide: as projected, unnumbered, without the answer; inside a self-assessment, only the prompt', () => {
    const slide = renderPrinted(fixture, 'slide')
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
    expect(screen.getByText(fixture.prompt)).toBeVisible()
    expect(document.body).not.toHaveTextContent('✔ correcta')
    expect(screen.queryByText('Explicación')).not.toBeInTheDocument()
    slide.unmount()

    renderPrinted(fixture, 'slide', true)
    expect(screen.getByText(fixture.prompt)).toBeVisible()
    expect(document.querySelector('.pq-instruction')).toBeNull()
    expect(screen.queryByText(/Marca|Escribe|Numera/)).not.toBeInTheDocument()
  })
})

describe('a printed question the lesson has no answer key for', () => {
  it('says so', () => {
    render(printed(FIXTURES[0]!))
    expect(screen.getByRole('alert')).toHaveTextContent('Pregunta «q-single» no disponible.')
  })
})
