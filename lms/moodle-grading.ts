/**
 * How Moodle grades a question once it is in its bank, for the types the
 * course exports: a small model of Moodle's own rules (qtype_multichoice,
 * qtype_truefalse, qtype_shortanswer, qtype_match, qtype_ordering), so tests
 * can check that an exported file grades every response as the app does.
 */

export type MoodleQuestion =
  | { qtype: 'multichoice'; single: boolean; answers: readonly { text: string; fraction: number }[] }
  | { qtype: 'truefalse'; correct: boolean }
  | { qtype: 'shortanswer'; usecase: boolean; answers: readonly { text: string; fraction: number }[] }
  | { qtype: 'match'; stems: readonly { text: string; answer: string }[] }
  | { qtype: 'ordering'; gradingType: string; items: readonly string[] }

export type MoodleResponse =
  /** Indexes of the ticked answers, in the order the file lists them. */
  | { qtype: 'multichoice'; chosen: readonly number[] }
  | { qtype: 'truefalse'; answer: boolean }
  | { qtype: 'shortanswer'; answer: string }
  /** For each stem, the text of the answer chosen in its menu (undefined: none). */
  | { qtype: 'match'; chosen: readonly (string | undefined)[] }
  /** The items in the order the student left them. */
  | { qtype: 'ordering'; order: readonly string[] }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * qtype_shortanswer's compare_string_with_wildcard: NFC, the response trimmed,
 * `*` matching anything (`\*` a literal star), the whole text must match.
 */
export function matchesShortAnswer(response: string, pattern: string, ignoreCase: boolean): boolean {
  const bits = pattern.normalize('NFC').split(/(?<!\\)\*+/).map((bit) => escapeRegExp(bit.replaceAll('\\*', '*')))
  return new RegExp(`^${bits.join('.*')}$`, ignoreCase ? 'iu' : 'u').test(response.normalize('NFC').trim())
}

/** The fraction (0–1) Moodle gives a response. */
export function moodleFraction(question: MoodleQuestion, response: MoodleResponse): number {
  if (question.qtype !== response.qtype) throw new Error(`a ${response.qtype} response to a ${question.qtype} question`)
  switch (question.qtype) {
    case 'multichoice': {
      const chosen = (response as Extract<MoodleResponse, { qtype: 'multichoice' }>).chosen
      if (question.single) return chosen.length === 1 ? question.answers[chosen[0]!]!.fraction : 0
      const sum = chosen.reduce((total, index) => total + question.answers[index]!.fraction, 0)
      return Math.min(1, Math.max(0, sum))
    }
    case 'truefalse':
      return (response as Extract<MoodleResponse, { qtype: 'truefalse' }>).answer === question.correct ? 1 : 0
    case 'shortanswer': {
      const answer = (response as Extract<MoodleResponse, { qtype: 'shortanswer' }>).answer
      if (answer.trim() === '') return 0
      return question.answers.find((candidate) => matchesShortAnswer(answer, candidate.text, !question.usecase))?.fraction ?? 0
    }
    case 'match': {
      const chosen = (response as Extract<MoodleResponse, { qtype: 'match' }>).chosen
      const right = question.stems.filter((stem, index) => chosen[index] === stem.answer).length
      return right / question.stems.length
    }
    case 'ordering': {
      if (question.gradingType !== 'ALL_OR_NOTHING') throw new Error(`grading type ${question.gradingType} is not modelled`)
      const order = (response as Extract<MoodleResponse, { qtype: 'ordering' }>).order
      return order.length === question.items.length && order.every((item, index) => item === question.items[index]) ? 1 : 0
    }
  }
}
