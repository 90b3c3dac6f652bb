import type { QuestionSpec, Response, ResponseByType } from './model.ts'

/** Trims and collapses runs of whitespace, as students type commands with stray spaces. */
export function normalizeShortAnswer(text: string, ignoreCase: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, ' ')
  return ignoreCase ? collapsed.toLocaleLowerCase() : collapsed
}

/**
 * Multiple choice: the fraction of correct options picked minus the fraction
 * of wrong options picked, never below 0. Picking everything scores 0;
 * picking exactly the correct ones scores 1.
 */
function gradeMultiple(correct: readonly string[], options: readonly string[], picked: readonly string[]): number {
  const chosen = new Set(picked.filter((key) => options.includes(key)))
  const right = correct.filter((key) => chosen.has(key)).length
  const wrongOptions = options.length - correct.length
  const wrong = [...chosen].filter((key) => !correct.includes(key)).length
  const score = right / correct.length - (wrongOptions > 0 ? wrong / wrongOptions : 0)
  return Math.max(0, score)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** Whether a stored value has the shape this question type expects. */
export function isResponseFor(spec: QuestionSpec, value: unknown): value is Response {
  switch (spec.type) {
    case 'single':
      return typeof value === 'string'
    case 'multiple':
    case 'ordering':
      return isStringArray(value)
    case 'truefalse':
      return typeof value === 'boolean'
    case 'short':
      return typeof value === 'string'
    case 'matching':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        && Object.values(value).every((item) => typeof item === 'string')
  }
}

/** Score of a response between 0 (wrong) and 1 (right). A response of the wrong shape scores 0. */
export function gradeResponse(spec: QuestionSpec, response: unknown): number {
  if (!isResponseFor(spec, response)) return 0
  switch (spec.type) {
    case 'single':
      return response === spec.correct ? 1 : 0
    case 'multiple':
      return gradeMultiple(spec.correct, spec.options, response as ResponseByType['multiple'])
    case 'truefalse':
      return response === spec.answer ? 1 : 0
    case 'short': {
      const given = normalizeShortAnswer(response as string, spec.ignoreCase)
      return spec.accept.some((accepted) => normalizeShortAnswer(accepted, spec.ignoreCase) === given) ? 1 : 0
    }
    case 'matching': {
      const chosen = response as ResponseByType['matching']
      const right = spec.rights.filter((value, index) => chosen[String(index)] === value).length
      return right / spec.rights.length
    }
    case 'ordering': {
      const order = response as ResponseByType['ordering']
      if (order.length !== spec.items.length) return 0
      return order.every((key, index) => key === spec.items[index]) ? 1 : 0
    }
  }
}

/** A response complete enough to check (every blank filled). */
export function isComplete(spec: QuestionSpec, response: unknown): boolean {
  if (!isResponseFor(spec, response)) return false
  switch (spec.type) {
    case 'multiple':
      return (response as string[]).length > 0
    case 'short':
      return (response as string).trim() !== ''
    case 'matching':
      return spec.lefts.every((_, index) => Boolean((response as Record<string, string>)[String(index)]))
    default:
      return true
  }
}

/** The response that scores 1, shown by "show solution". */
export function solutionOf(spec: QuestionSpec): Response {
  switch (spec.type) {
    case 'single':
      return spec.correct
    case 'multiple':
      return [...spec.correct]
    case 'truefalse':
      return spec.answer
    case 'short':
      return spec.accept[0]!
    case 'matching':
      return Object.fromEntries(spec.rights.map((value, index) => [String(index), value]))
    case 'ordering':
      return [...spec.items]
  }
}
