import { within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { expect } from 'vitest'
import type { QuestionSpec, QuestionType } from '../quiz/model.ts'
import { Explanation, Hint, Item, Matching, MultipleChoice, Option, OptionFeedback, Ordering, Pair, Prompt, ShortAnswer, SingleChoice, TrueFalse } from './index.ts'
import { base, itemTexts, putInOrder } from './test-utils.tsx'

/*
 * One question of each type, as a lesson's MDX becomes after the build (an
 * option's feedback moved into <OptionFeedback>, the answer key taken out
 * into the spec, docs/authoring.md), and how a student answers it.
 */

export interface QuestionFixture {
  type: QuestionType
  /** The prompt: the question's accessible name. */
  prompt: RegExp
  spec(extra?: { assessment?: string; solutionAfter?: number }): QuestionSpec
  element: ReactElement
  hint: RegExp
  explanation: RegExp
  answerWrong(user: UserEvent, form: HTMLElement): Promise<void>
  answerRight(user: UserEvent, form: HTMLElement): Promise<void>
  /** A partly right answer and the percentage it is worth (multiple choice, matching). */
  partial?: { answer(user: UserEvent, form: HTMLElement): Promise<void>; percent: string; grade: string }
  /** The right answer is on screen (checked, chosen, in order). */
  expectAnswerShown(form: HTMLElement): void
  /** Nothing answered on screen. */
  expectBlank(form: HTMLElement): void
  /** The marks (icon and words) after checking the wrong answer, and after checking the right one. */
  marksWhenWrong(marks: string[]): void
  marksWhenRight: string[]
}

const VM = {
  host: 'Anfitrión',
  guest: 'Invitado',
  hypervisor: 'Hipervisor',
}

const ADVANTAGES = {
  consolidate: 'Reunir en un equipo varios servidores casi siempre ociosos.',
  migrate: 'Mover una MV encendida a otro anfitrión.',
  isolate: 'Hace imposible que un atacante salte de una MV a otra.',
  noHardware: 'Ya no hace falta hardware.',
}

const PAIRS: [string, string][] = [['Xen', 'Tipo 1'], ['VirtualBox', 'Tipo 2'], ['VMware ESXi', 'Tipo 1']]
const STEPS = ['Crear el contenedor', 'Arrancar el contenedor', 'Entrar en el contenedor']

const label = (form: HTMLElement, text: string) => within(form).getByLabelText(text)
const pairSelect = (form: HTMLElement, left: string) => within(form).getByRole('combobox', { name: `Pareja de «${left}»` })

export const SINGLE: QuestionFixture = {
  type: 'single',
  prompt: /Cómo se llama el sistema que se ejecuta dentro/,
  spec: (extra) => ({ ...base('q-single', extra), type: 'single', options: ['0', '1', '2'], correct: '1' }),
  element: (
    <SingleChoice id="q-single">
      <Prompt>¿Cómo se llama el sistema que se ejecuta dentro de una máquina virtual?</Prompt>
      <Option>{VM.host}<OptionFeedback>El anfitrión es el que controla el hardware real.</OptionFeedback></Option>
      <Option correct>{VM.guest}</Option>
      <Option>{VM.hypervisor}</Option>
      <Hint>Piensa en quién «visita» a quién.</Hint>
      <Explanation>El invitado corre sobre el hardware virtual que le da el hipervisor.</Explanation>
    </SingleChoice>
  ),
  hint: /quién «visita» a quién/,
  explanation: /corre sobre el hardware virtual/,
  answerWrong: (user, form) => user.click(label(form, VM.host)),
  answerRight: (user, form) => user.click(label(form, VM.guest)),
  marksWhenWrong: (marks) => expect(marks).toEqual(['✘ Opción incorrecta: El anfitrión es el que controla el hardware real.']),
  marksWhenRight: ['✔ Opción correcta'],
  expectAnswerShown(form) {
    expect(label(form, VM.guest)).toBeChecked()
    expect(label(form, VM.host)).not.toBeChecked()
  },
  expectBlank(form) {
    for (const text of Object.values(VM)) expect(label(form, text)).not.toBeChecked()
  },
}

export const MULTIPLE: QuestionFixture = {
  type: 'multiple',
  prompt: /ventajas reales de la virtualización/,
  spec: (extra) => ({ ...base('q-multiple', extra), type: 'multiple', options: ['0', '1', '2', '3'], correct: ['0', '1'] }),
  element: (
    <MultipleChoice id="q-multiple">
      <Prompt>¿Cuáles son ventajas reales de la virtualización?</Prompt>
      <Option correct>{ADVANTAGES.consolidate}</Option>
      <Option correct>{ADVANTAGES.migrate}</Option>
      <Option>{ADVANTAGES.isolate}<OptionFeedback>El aislamiento mejora, pero no es perfecto.</OptionFeedback></Option>
      <Option>{ADVANTAGES.noHardware}</Option>
      <Hint>Hay dos.</Hint>
      <Explanation>Consolidar y migrar en vivo son ventajas reales.</Explanation>
    </MultipleChoice>
  ),
  hint: /Hay dos/,
  explanation: /Consolidar y migrar en vivo/,
  async answerWrong(user, form) {
    await user.click(label(form, ADVANTAGES.isolate))
  },
  async answerRight(user, form) {
    for (const [text, wanted] of [[ADVANTAGES.consolidate, true], [ADVANTAGES.migrate, true], [ADVANTAGES.isolate, false], [ADVANTAGES.noHardware, false]] as const) {
      const box = label(form, text) as HTMLInputElement
      if (box.checked !== wanted) await user.click(box)
    }
  },
  partial: {
    answer: (user, form) => user.click(label(form, ADVANTAGES.consolidate)),
    percent: '50 %',
    grade: '5,0',
  },
  marksWhenWrong: (marks) => expect(marks).toEqual(['✘ Opción incorrecta: El aislamiento mejora, pero no es perfecto.']),
  marksWhenRight: ['✔ Opción correcta', '✔ Opción correcta'],
  expectAnswerShown(form) {
    expect(label(form, ADVANTAGES.consolidate)).toBeChecked()
    expect(label(form, ADVANTAGES.migrate)).toBeChecked()
    expect(label(form, ADVANTAGES.isolate)).not.toBeChecked()
  },
  expectBlank(form) {
    for (const text of Object.values(ADVANTAGES)) expect(label(form, text)).not.toBeChecked()
  },
}

export const TRUE_FALSE: QuestionFixture = {
  type: 'truefalse',
  prompt: /Wine es un emulador/,
  spec: (extra) => ({ ...base('q-tf', extra), type: 'truefalse', answer: false }),
  element: (
    <TrueFalse id="q-tf">
      <Prompt>Wine es un emulador de Windows.</Prompt>
      <Hint>Lee bien el nombre.</Hint>
      <Explanation>Wine Is Not an Emulator: traduce llamadas al sistema.</Explanation>
    </TrueFalse>
  ),
  hint: /Lee bien el nombre/,
  explanation: /Wine Is Not an Emulator/,
  answerWrong: (user, form) => user.click(label(form, 'Verdadero')),
  answerRight: (user, form) => user.click(label(form, 'Falso')),
  marksWhenWrong: (marks) => expect(marks).toEqual(['✘ Opción incorrecta']),
  marksWhenRight: ['✔ Opción correcta'],
  expectAnswerShown(form) {
    expect(label(form, 'Falso')).toBeChecked()
    expect(label(form, 'Verdadero')).not.toBeChecked()
  },
  expectBlank(form) {
    expect(label(form, 'Falso')).not.toBeChecked()
    expect(label(form, 'Verdadero')).not.toBeChecked()
  },
}

async function typeAnswer(user: UserEvent, form: HTMLElement, text: string) {
  const box = within(form).getByRole('textbox', { name: 'Tu respuesta' })
  await user.clear(box)
  await user.type(box, text)
}

export const SHORT: QuestionFixture = {
  type: 'short',
  prompt: /URI usa virsh/,
  spec: (extra) => ({ ...base('q-short', extra), type: 'short', accept: ['qemu:///system', 'qemu+unix:///system'], ignoreCase: false }),
  element: (
    <ShortAnswer id="q-short">
      <Prompt>¿Qué URI usa virsh para conectarse al demonio del sistema?</Prompt>
      <Hint>Empieza por qemu.</Hint>
      <Explanation>qemu:///system es el demonio del sistema; qemu:///session, el del usuario.</Explanation>
    </ShortAnswer>
  ),
  hint: /Empieza por qemu/,
  explanation: /es el demonio del sistema/,
  answerWrong: (user, form) => typeAnswer(user, form, 'QEMU:///system'),
  // Stray spaces are forgiven.
  answerRight: (user, form) => typeAnswer(user, form, '  qemu:///system '),
  // A typed answer has nothing to mark: the verdict says it all.
  marksWhenWrong: (marks) => expect(marks).toEqual([]),
  marksWhenRight: [],
  expectAnswerShown(form) {
    // The solution, or a right answer as the student typed it.
    expect((within(form).getByRole('textbox', { name: 'Tu respuesta' }) as HTMLInputElement).value.trim()).toBe('qemu:///system')
  },
  expectBlank(form) {
    expect(within(form).getByRole('textbox', { name: 'Tu respuesta' })).toHaveValue('')
  },
}

export const MATCHING: QuestionFixture = {
  type: 'matching',
  prompt: /Relaciona cada hipervisor/,
  spec: (extra) => ({ ...base('q-matching', extra), type: 'matching', lefts: ['0', '1', '2'], rights: ['0', '1', '0'] }),
  element: (
    <Matching id="q-matching">
      <Prompt>Relaciona cada hipervisor con su tipo.</Prompt>
      {PAIRS.map(([left, right]) => <Pair key={left} left={left} right={right} />)}
      <Hint>VirtualBox se instala sobre un sistema operativo.</Hint>
      <Explanation>Xen y ESXi arrancan sobre el hardware; VirtualBox, sobre un sistema anfitrión.</Explanation>
    </Matching>
  ),
  hint: /VirtualBox se instala sobre/,
  explanation: /Xen y ESXi arrancan sobre el hardware/,
  async answerWrong(user, form) {
    for (const [left, right] of PAIRS) await user.selectOptions(pairSelect(form, left), right === 'Tipo 1' ? 'Tipo 2' : 'Tipo 1')
  },
  async answerRight(user, form) {
    for (const [left, right] of PAIRS) await user.selectOptions(pairSelect(form, left), right)
  },
  partial: {
    async answer(user, form) {
      for (const [left] of PAIRS) await user.selectOptions(pairSelect(form, left), 'Tipo 1')
    },
    percent: '67 %',
    grade: '6,7',
  },
  marksWhenWrong: (marks) => expect(marks).toEqual(['✘ Fallada', '✘ Fallada', '✘ Fallada']),
  marksWhenRight: ['✔ Acertada', '✔ Acertada', '✔ Acertada'],
  expectAnswerShown(form) {
    for (const [left, right] of PAIRS) expect(pairSelect(form, left)).toHaveDisplayValue(right)
  },
  expectBlank(form) {
    for (const [left] of PAIRS) expect(pairSelect(form, left)).toHaveDisplayValue('Elige…')
  },
}

export const ORDERING: QuestionFixture = {
  type: 'ordering',
  prompt: /Ordena los pasos/,
  spec: (extra) => ({ ...base('q-ordering', extra), type: 'ordering', items: ['0', '1', '2'] }),
  element: (
    <Ordering id="q-ordering">
      <Prompt>Ordena los pasos para usar un contenedor.</Prompt>
      {STEPS.map((step) => <Item key={step}>{step}</Item>)}
      <Hint>No se entra en lo que no está en marcha.</Hint>
      <Explanation>Primero se crea, luego se arranca y después se entra.</Explanation>
    </Ordering>
  ),
  hint: /No se entra en lo que no está en marcha/,
  explanation: /Primero se crea, luego se arranca/,
  // The shuffled starting order is never the right one.
  answerWrong: async () => {},
  answerRight: (user, form) => putInOrder(user, form, STEPS),
  // The shuffled start: each item marked, at least one in the wrong place.
  marksWhenWrong(marks) {
    expect(marks).toHaveLength(3)
    expect(marks).toContain('✘ Fallada')
  },
  marksWhenRight: ['✔ Acertada', '✔ Acertada', '✔ Acertada'],
  expectAnswerShown(form) {
    expect(itemTexts(form).map((text) => STEPS.findIndex((step) => text.includes(step)))).toEqual([0, 1, 2])
  },
  expectBlank(form) {
    expect(itemTexts(form).map((text) => STEPS.findIndex((step) => text.includes(step)))).not.toEqual([0, 1, 2])
  },
}

export const FIXTURES: readonly QuestionFixture[] = [SINGLE, MULTIPLE, TRUE_FALSE, SHORT, MATCHING, ORDERING]
