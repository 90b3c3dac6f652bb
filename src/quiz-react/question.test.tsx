import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadStrings } from '../i18n/dictionaries.ts'
import { solutionOf } from '../quiz/grading.ts'
import { FIXTURES, type QuestionFixture, SINGLE } from './question-fixtures.tsx'
import { SelfAssessment } from './self-assessment.tsx'
import { answerControls, makeProgressStore, markTexts, question, renderQuiz, statusOf } from './test-utils.tsx'

beforeAll(async () => {
  await loadStrings('en')
})
afterEach(cleanup)

const checkButton = (form: HTMLElement) => within(form).queryByRole('button', { name: 'Comprobar' })
const solutionButton = (form: HTMLElement) => within(form).queryByRole('button', { name: 'Ver la solución' })

async function check(user: ReturnType<typeof renderQuiz>['user'], form: HTMLElement) {
  await user.click(within(form).getByRole('button', { name: 'Comprobar' }))
}

function expectExplanation(form: HTMLElement, fixture: QuestionFixture, shown: boolean) {
  if (shown) {
    expect(within(form).getByText('Explicación')).toBeVisible()
    expect(within(form).getByText(fixture.explanation)).toBeVisible()
  } else {
    expect(within(form).queryByText('Explicación')).not.toBeInTheDocument()
    expect(within(form).queryByText(fixture.explanation)).not.toBeInTheDocument()
  }
}

describe.each(FIXTURES)('$type question', (fixture) => {
  describe('practice (embedded in a lesson)', () => {
    const renderPractice = (solutionAfter?: number) =>
      renderQuiz(fixture.element, { specs: [fixture.spec(solutionAfter ? { solutionAfter } : {})] })

    it('shows the prompt, the answer inputs and "Comprobar", and nothing judged yet', () => {
      renderPractice()
      const form = question(fixture.prompt)
      expect(answerControls(form).length).toBeGreaterThan(0)
      for (const control of answerControls(form)) expect(control).toBeEnabled()
      fixture.expectBlank(form)
      expect(checkButton(form)).toBeInTheDocument()
      expect(statusOf(form)).toHaveTextContent('')
      expect(within(form).queryByRole('button', { name: 'Ver una pista' })).not.toBeInTheDocument()
      expect(solutionButton(form)).not.toBeInTheDocument()
      expectExplanation(form, fixture, false)
    })

    it('wrong, then right: the verdict and tries in the status region, a hint after the wrong one, the explanation once right', async () => {
      const { user } = renderPractice()
      const form = question(fixture.prompt)
      await fixture.answerWrong(user, form)
      await check(user, form)
      expect(statusOf(form)).toHaveTextContent('✘ Incorrecto · 1 intento')
      fixture.marksWhenWrong(markTexts(form))
      expectExplanation(form, fixture, false)
      expect(solutionButton(form)).not.toBeInTheDocument()

      expect(within(form).queryByText(fixture.hint)).not.toBeInTheDocument()
      await user.click(within(form).getByRole('button', { name: 'Ver una pista' }))
      expect(within(form).getByText(fixture.hint)).toBeVisible()
      // Its only hint is open: no more to offer.
      expect(within(form).queryByRole('button', { name: 'Ver una pista' })).not.toBeInTheDocument()

      await fixture.answerRight(user, form)
      await check(user, form)
      expect(statusOf(form)).toHaveTextContent('✔ Correcto · 2 intentos')
      expect(markTexts(form)).toEqual(fixture.marksWhenRight)
      expectExplanation(form, fixture, true)
      expect(solutionButton(form)).not.toBeInTheDocument()
      // Right is not the end: the student may still change and check again.
      expect(checkButton(form)).toBeInTheDocument()
    })

    it('editing the answer after a check hides the verdict until the next check', async () => {
      const { user } = renderPractice()
      const form = question(fixture.prompt)
      await fixture.answerWrong(user, form)
      await check(user, form)
      expect(statusOf(form)).toHaveTextContent('Incorrecto')
      await fixture.answerRight(user, form)
      expect(statusOf(form)).not.toHaveTextContent('Incorrecto')
      expect(statusOf(form)).not.toHaveTextContent('Correcto')
      expect(markTexts(form)).toEqual([])
      await check(user, form)
      expect(statusOf(form)).toHaveTextContent('Correcto · 2 intentos')
    })

    it('"Ver la solución" only after the configured checks (3 here): the answer shown and locked, with the explanation', async () => {
      const { user } = renderPractice(3)
      const form = question(fixture.prompt)
      await fixture.answerWrong(user, form)
      await check(user, form)
      await check(user, form)
      expect(statusOf(form)).toHaveTextContent('Incorrecto · 2 intentos')
      expect(solutionButton(form)).not.toBeInTheDocument()
      await check(user, form)
      await user.click(solutionButton(form)!)

      expect(statusOf(form)).toHaveTextContent('Solución mostrada: esta pregunta no suma puntos.')
      fixture.expectAnswerShown(form)
      for (const control of answerControls(form)) expect(control).toBeDisabled()
      expect(checkButton(form)).not.toBeInTheDocument()
      expect(solutionButton(form)).not.toBeInTheDocument()
      expectExplanation(form, fixture, true)
      if (fixture.type === 'short') expect(statusOf(form)).toHaveTextContent('Respuestas aceptadas: qemu:///system, qemu+unix:///system')
    })

    if (fixture.partial) {
      const { partial } = fixture
      it(`partly right: "Parcialmente correcto (${partial.percent})", a hint, no explanation`, async () => {
        const { user } = renderPractice()
        const form = question(fixture.prompt)
        await partial.answer(user, form)
        await check(user, form)
        expect(statusOf(form)).toHaveTextContent(`◐ Parcialmente correcto (${partial.percent}) · 1 intento`)
        expect(within(form).getByRole('button', { name: 'Ver una pista' })).toBeInTheDocument()
        expectExplanation(form, fixture, false)
      })
    }

    if (fixture.type !== 'ordering') {
      it('asks for an answer before checking, and counts no try', async () => {
        const { user } = renderPractice()
        const form = question(fixture.prompt)
        await check(user, form)
        expect(statusOf(form)).toHaveTextContent('Responde antes de comprobar.')
        await fixture.answerWrong(user, form)
        expect(statusOf(form)).not.toHaveTextContent('Responde antes de comprobar.')
        await check(user, form)
        expect(statusOf(form)).toHaveTextContent('Incorrecto · 1 intento')
      })
    }
  })

  describe('in a self-assessment', () => {
    const renderAssessment = () =>
      renderQuiz(<SelfAssessment id="auto">{fixture.element}</SelfAssessment>, { specs: [fixture.spec({ assessment: 'auto' })] })

    it('answered without feedback, then submitted: graded, the verdict and explanation shown, the answer locked', async () => {
      const { user } = renderAssessment()
      const form = question(fixture.prompt)
      await fixture.answerRight(user, form)
      expect(checkButton(form)).not.toBeInTheDocument()
      expect(statusOf(form)).toHaveTextContent('')
      expect(within(form).queryByRole('button', { name: 'Ver una pista' })).not.toBeInTheDocument()
      expectExplanation(form, fixture, false)
      fixture.expectAnswerShown(form)

      await user.click(screen.getByRole('button', { name: 'Entregar' }))
      expect(screen.getByRole('heading', { name: 'Nota: 10,0 / 10' })).toHaveFocus()
      expect(statusOf(form)).toHaveTextContent('✔ Correcto')
      expect(statusOf(form)).not.toHaveTextContent('intento')
      fixture.expectAnswerShown(form)
      for (const control of answerControls(form)) expect(control).toBeDisabled()
      expectExplanation(form, fixture, true)
    })

    it('a wrong submission grades 0 and shows "Incorrecto"; retaking starts from a blank answer', async () => {
      const { user } = renderAssessment()
      const form = question(fixture.prompt)
      await fixture.answerWrong(user, form)
      await user.click(screen.getByRole('button', { name: 'Entregar' }))
      expect(screen.getByRole('heading', { name: 'Nota: 0,0 / 10' })).toBeInTheDocument()
      expect(statusOf(form)).toHaveTextContent('✘ Incorrecto')
      expectExplanation(form, fixture, true)

      await user.click(screen.getByRole('button', { name: 'Repetir la autoevaluación' }))
      const again = question(fixture.prompt)
      fixture.expectBlank(again)
      for (const control of answerControls(again)) expect(control).toBeEnabled()
      expect(statusOf(again)).toHaveTextContent('')
      expectExplanation(again, fixture, false)
    })

    if (fixture.partial) {
      const { partial } = fixture
      it(`a partly right submission: "Parcialmente correcto (${partial.percent})", grade ${partial.grade}`, async () => {
        const { user } = renderAssessment()
        const form = question(fixture.prompt)
        await partial.answer(user, form)
        await user.click(screen.getByRole('button', { name: 'Entregar' }))
        expect(screen.getByRole('heading', { name: `Nota: ${partial.grade} / 10` })).toBeInTheDocument()
        expect(statusOf(form)).toHaveTextContent(`◐ Parcialmente correcto (${partial.percent})`)
      })
    }
  })

  describe('in class (a presenter console drives the deck)', () => {
    it('locked and blank, even with the teacher\'s own saved answer; the answer and explanation once revealed, and hidden again', () => {
      const spec = fixture.spec()
      const store = makeProgressStore([spec])
      store.getState().checkAnswer(spec.id, solutionOf(spec))
      const { classroom } = renderQuiz(fixture.element, { specs: [spec], store, classroom: { presented: true, revealed: [] } })
      const form = question(fixture.prompt)
      expect(checkButton(form)).not.toBeInTheDocument()
      for (const control of answerControls(form)) expect(control).toBeDisabled()
      fixture.expectBlank(form)
      expect(statusOf(form)).toHaveTextContent('')
      expectExplanation(form, fixture, false)

      act(() => classroom!.set({ revealed: [spec.id] }))
      fixture.expectAnswerShown(form)
      for (const control of answerControls(form)) expect(control).toBeDisabled()
      expectExplanation(form, fixture, true)
      // The answer is shown, not judged: there is no student's answer to judge.
      expect(statusOf(form)).toHaveTextContent('')
      expect(checkButton(form)).not.toBeInTheDocument()

      act(() => classroom!.set({ revealed: [] }))
      fixture.expectBlank(form)
      expectExplanation(form, fixture, false)
    })
  })
})

describe('choice feedback and marks', () => {
  it('a wrong pick shows the author\'s feedback for it; the solution marks the right option not picked', async () => {
    const { user } = renderQuiz(SINGLE.element, { specs: [SINGLE.spec()] })
    const form = question(SINGLE.prompt)
    await SINGLE.answerWrong(user, form)
    await check(user, form)
    expect(within(form).getByText(/Opción incorrecta: El anfitrión es el que controla el hardware real\./)).toBeVisible()
    // Default solutionAfter: 2 checks.
    await check(user, form)
    await user.click(solutionButton(form)!)
    expect(within(form).getByText('Opción correcta')).toBeVisible()
  })

  it('the answer is kept when the question is shown again (a reload)', async () => {
    const spec = SINGLE.spec()
    const store = makeProgressStore([spec])
    const first = renderQuiz(SINGLE.element, { specs: [spec], store })
    await SINGLE.answerRight(first.user, question(SINGLE.prompt))
    await check(first.user, question(SINGLE.prompt))
    first.unmount()
    renderQuiz(SINGLE.element, { specs: [spec], store })
    expect(statusOf(question(SINGLE.prompt))).toHaveTextContent('Correcto · 1 intento')
    SINGLE.expectAnswerShown(question(SINGLE.prompt))
  })
})

describe('in English', () => {
  it('the same question with English labels', async () => {
    const { user } = renderQuiz(SINGLE.element, { specs: [SINGLE.spec()], lang: 'en' })
    const form = question(SINGLE.prompt)
    await SINGLE.answerWrong(user, form)
    await user.click(within(form).getByRole('button', { name: 'Check' }))
    expect(statusOf(form)).toHaveTextContent('✘ Incorrect · 1 try')
    expect(within(form).getByRole('button', { name: 'Show a hint' })).toBeInTheDocument()
  })
})

describe('a question the lesson has no answer key for', () => {
  it.each([['es', 'Pregunta «q-single» no disponible.'], ['en', 'Question “q-single” is not available.']] as const)('%s: says so', (lang, text) => {
    renderQuiz(SINGLE.element, { specs: [], lang })
    expect(screen.getByRole('alert')).toHaveTextContent(text)
  })
})
