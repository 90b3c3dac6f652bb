import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SINGLE, TRUE_FALSE } from './question-fixtures.tsx'
import { SelfAssessment } from './self-assessment.tsx'
import { answerControls, question, renderQuiz, statusOf } from './test-utils.tsx'

afterEach(cleanup)

const SPECS = [SINGLE.spec({ assessment: 'auto' }), TRUE_FALSE.spec({ assessment: 'auto' })]

function renderAssessment(options: { classroom?: { presented: boolean; revealed: string[] } } = {}) {
  return renderQuiz(
    <SelfAssessment id="auto">
      {SINGLE.element}
      {TRUE_FALSE.element}
    </SelfAssessment>,
    { specs: SPECS, ...options },
  )
}

const region = () => screen.getByRole('region', { name: 'Autoevaluación' })
const submitButton = () => within(region()).queryByRole('button', { name: 'Entregar' })

describe('self-assessment', () => {
  it('collects answers without feedback, then grades them 0–10 with the explanations', async () => {
    const { user } = renderAssessment()
    expect(region()).toHaveTextContent('2 preguntas. Respóndelas y entrega al final')
    expect(within(region()).getByText('Quedan 2 preguntas sin responder: cuentan como falladas.')).toBeVisible()
    expect(within(region()).queryByRole('button', { name: 'Comprobar' })).not.toBeInTheDocument()

    await SINGLE.answerRight(user, question(SINGLE.prompt))
    expect(within(region()).getByText('Queda 1 pregunta sin responder: cuenta como fallada.')).toBeVisible()
    await TRUE_FALSE.answerWrong(user, question(TRUE_FALSE.prompt))
    expect(within(region()).queryByText(/sin responder/)).not.toBeInTheDocument()
    // Still nothing judged.
    expect(statusOf(question(SINGLE.prompt))).toHaveTextContent('')
    expect(within(region()).queryByText('Explicación')).not.toBeInTheDocument()

    await user.click(submitButton()!)
    const grade = within(region()).getByRole('heading', { name: 'Nota: 5,0 / 10' })
    expect(grade).toHaveFocus()
    expect(region()).toHaveTextContent('Mejor nota: 5,0 · última: 5,0 · 1 intento')
    expect(statusOf(question(SINGLE.prompt))).toHaveTextContent('✔ Correcto')
    expect(statusOf(question(TRUE_FALSE.prompt))).toHaveTextContent('✘ Incorrecto')
    expect(within(region()).getAllByText('Explicación')).toHaveLength(2)
    for (const control of [...answerControls(question(SINGLE.prompt)), ...answerControls(question(TRUE_FALSE.prompt))]) {
      expect(control).toBeDisabled()
    }
    expect(submitButton()).not.toBeInTheDocument()
  })

  it('retaking starts blank; the best and the last grade are both kept', async () => {
    const { user } = renderAssessment()
    await SINGLE.answerRight(user, question(SINGLE.prompt))
    await TRUE_FALSE.answerRight(user, question(TRUE_FALSE.prompt))
    await user.click(submitButton()!)
    expect(within(region()).getByRole('heading', { name: 'Nota: 10,0 / 10' })).toBeInTheDocument()

    await user.click(within(region()).getByRole('button', { name: 'Repetir la autoevaluación' }))
    expect(within(region()).queryByRole('heading', { name: /^Nota/ })).not.toBeInTheDocument()
    SINGLE.expectBlank(question(SINGLE.prompt))
    TRUE_FALSE.expectBlank(question(TRUE_FALSE.prompt))
    expect(within(region()).queryByText('Explicación')).not.toBeInTheDocument()

    // Submitted with nothing answered: every question counts as wrong.
    await user.click(submitButton()!)
    expect(within(region()).getByRole('heading', { name: 'Nota: 0,0 / 10' })).toHaveFocus()
    expect(region()).toHaveTextContent('Mejor nota: 10,0 · última: 0,0 · 2 intentos')
    expect(statusOf(question(SINGLE.prompt))).toHaveTextContent('Incorrecto')
  })

  it('in class: no submitting, no grade, answers locked', () => {
    renderAssessment({ classroom: { presented: true, revealed: [] } })
    expect(submitButton()).not.toBeInTheDocument()
    expect(within(region()).queryByText(/sin responder/)).not.toBeInTheDocument()
    for (const control of answerControls(question(SINGLE.prompt))) expect(control).toBeDisabled()
  })
})
