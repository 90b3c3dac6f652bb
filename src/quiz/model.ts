/**
 * Question specs: what the build knows about each question (its answer key),
 * exported by every lesson module as `questions`. Option, item and pair keys
 * are their positions in the source ("0", "1", …), so a student's saved
 * answer means the same thing after the options are shuffled on screen.
 */
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'short' | 'matching' | 'ordering'

interface BaseSpec {
  id: string
  /** Id of the self-assessment the question belongs to, if any. */
  assessment?: string
  /** Index of the slide the question is on. */
  slide: number
  /** Checks after which "show solution" is offered. */
  solutionAfter: number
}

export interface SingleChoiceSpec extends BaseSpec { type: 'single'; options: string[]; correct: string }
export interface MultipleChoiceSpec extends BaseSpec { type: 'multiple'; options: string[]; correct: string[] }
export interface TrueFalseSpec extends BaseSpec { type: 'truefalse'; answer: boolean }
export interface ShortAnswerSpec extends BaseSpec { type: 'short'; accept: string[]; ignoreCase: boolean }
/**
 * Matching: `lefts` are the left items' keys; `rights[i]` is the key of the
 * right-hand choice for left item i. Choices are the distinct right labels
 * keyed by first appearance, so translations grade the same answers.
 */
export interface MatchingSpec extends BaseSpec { type: 'matching'; lefts: string[]; rights: string[] }
export interface OrderingSpec extends BaseSpec { type: 'ordering'; items: string[] }

export type QuestionSpec =
  | SingleChoiceSpec
  | MultipleChoiceSpec
  | TrueFalseSpec
  | ShortAnswerSpec
  | MatchingSpec
  | OrderingSpec

/** What a student answered, per question type. */
export interface ResponseByType {
  single: string
  multiple: string[]
  truefalse: boolean
  short: string
  /** Chosen right-hand choice key for each left key. */
  matching: Record<string, string>
  /** Item keys in the order the student put them. */
  ordering: string[]
}

export type Response = ResponseByType[QuestionType]

/**
 * The one table of question types and the MDX component authors write for
 * each. The build (mdx/remark-quiz.ts, the Moodle export), the screen
 * components and the print components are all derived from it.
 */
export const QUESTION_COMPONENT_NAMES = {
  single: 'SingleChoice',
  multiple: 'MultipleChoice',
  truefalse: 'TrueFalse',
  short: 'ShortAnswer',
  matching: 'Matching',
  ordering: 'Ordering',
} as const satisfies Record<QuestionType, string>

export type QuestionComponentName = (typeof QUESTION_COMPONENT_NAMES)[QuestionType]

export const QUESTION_TYPES = Object.keys(QUESTION_COMPONENT_NAMES) as QuestionType[]

/** Question type by MDX component name (`SingleChoice` → `single`). */
export const QUESTION_COMPONENTS: Readonly<Record<string, QuestionType>> = Object.fromEntries(
  QUESTION_TYPES.map((type) => [QUESTION_COMPONENT_NAMES[type], type]),
)

/** One value per question component, keyed by its MDX name (the six screen components, the six print components). */
export function byQuestionComponent<T>(make: (type: QuestionType, name: QuestionComponentName) => T): Record<QuestionComponentName, T> {
  return Object.fromEntries(QUESTION_TYPES.map((type) => [QUESTION_COMPONENT_NAMES[type], make(type, QUESTION_COMPONENT_NAMES[type])])) as Record<QuestionComponentName, T>
}

export const DEFAULT_SOLUTION_AFTER = 2

/** Longest short answer a student can type: a long command fits; an essay does not. */
export const SHORT_ANSWER_MAX_LENGTH = 200
