import { render, type RenderResult, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement, ReactNode } from 'react'
import { type ClassroomState, type ClassroomStore, createClassroomStore } from '../deck/classroom-state.ts'
import { ClassroomContext } from '../deck-react/classroom-context.ts'
import type { Lang } from '../i18n/lang.ts'
import { LangContext } from '../i18n-react/lang-context.ts'
import { ProgressProvider } from '../store-react/progress-context.tsx'
import type { ProgressStore } from '../store/progress-store.ts'
import { createTestProgressStore } from '../store/testing/test-progress-store.ts'
import { DEFAULT_SOLUTION_AFTER, type QuestionSpec } from '../quiz/model.ts'
import { LessonQuizContext } from './quiz-context.ts'

/*
 * Renders questions the way a lesson does: the MDX components inside the
 * lesson's answer keys, the student's progress store and, for a deck shown
 * in class, its classroom state. Specs are written by hand as the build
 * writes them (option, pair and item keys are source positions "0", "1", …).
 */

export const LESSON_ID = 'l'

/** A fresh progress store in memory, for a lesson with these questions. */
export function makeProgressStore(specs: readonly QuestionSpec[]): ProgressStore {
  return createTestProgressStore([{ meta: { id: LESSON_ID }, questions: specs }])
}

export interface QuizRender extends RenderResult {
  store: ProgressStore
  classroom: ClassroomStore | undefined
  user: UserEvent
}

export function renderQuiz(ui: ReactElement, { specs, store = makeProgressStore(specs), classroom, lang = 'es' }: {
  specs: readonly QuestionSpec[]
  store?: ProgressStore
  /** In class: a presenter console drives the deck (e.g. `{ presented: true, revealed: [] }`). */
  classroom?: Partial<ClassroomState>
  lang?: Lang
}): QuizRender {
  const classroomStore = classroom ? createClassroomStore(classroom) : undefined
  const quiz = { lessonId: LESSON_ID, specs: new Map(specs.map((spec) => [spec.id, spec])) }
  const wrap = (children: ReactNode) => (
    <LangContext.Provider value={lang}>
      <ProgressProvider store={store}>
        <ClassroomContext.Provider value={classroomStore ?? null}>
          <LessonQuizContext.Provider value={quiz}>{children}</LessonQuizContext.Provider>
        </ClassroomContext.Provider>
      </ProgressProvider>
    </LangContext.Provider>
  )
  const user = userEvent.setup()
  return { ...render(wrap(ui)), store, classroom: classroomStore, user }
}

/** A question on screen, found by its prompt (its accessible name). */
export function question(prompt: RegExp | string): HTMLElement {
  return screen.getByRole('form', { name: prompt })
}

/** The question's status region (verdict, tries, "solution shown"). */
export function statusOf(form: HTMLElement): HTMLElement {
  return within(form).getByRole('status')
}

/**
 * The right/wrong marks next to options, rows and items, as read: the icon
 * (hidden from screen readers, which read the words) and the words.
 */
export function markTexts(form: HTMLElement): string[] {
  return within(form)
    // The verdict in the status region starts with an icon too: it is not a mark.
    .queryAllByText((_content, element) => /^[✔✘➜] /.test(element?.textContent ?? '') && !element?.closest('[role="status"]'))
    .map((element) => element.textContent ?? '')
}

/** Everything the student could operate to answer: choices, text boxes, drop-downs, move buttons. */
export function answerControls(form: HTMLElement): HTMLElement[] {
  const q = within(form)
  return [
    ...q.queryAllByRole('radio'),
    ...q.queryAllByRole('checkbox'),
    ...q.queryAllByRole('textbox'),
    ...q.queryAllByRole('combobox'),
    ...q.queryAllByRole('button', { name: /^(Subir|Bajar) «/ }),
  ]
}

/** Moves the items of an ordering question into `order` with the "Subir" buttons, as a student would. */
export async function putInOrder(user: UserEvent, form: HTMLElement, order: readonly string[]): Promise<void> {
  for (let target = 0; target < order.length; target += 1) {
    let index = itemTexts(form).findIndex((text) => text.includes(order[target]!))
    while (index > target) {
      await user.click(within(form).getByRole('button', { name: `Subir «${order[target]}»` }))
      index -= 1
    }
  }
}

/** The items of an ordering question, top to bottom. */
export function itemTexts(form: HTMLElement): string[] {
  return within(form).getAllByRole('listitem').map((item) => item.textContent ?? '')
}

export const base = (id: string, extra: { assessment?: string; solutionAfter?: number } = {}) => ({
  id,
  slide: 0,
  solutionAfter: extra.solutionAfter ?? DEFAULT_SOLUTION_AFTER,
  ...(extra.assessment ? { assessment: extra.assessment } : {}),
})
