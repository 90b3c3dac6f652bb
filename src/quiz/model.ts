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

export const QUESTION_COMPONENTS: Record<string, QuestionType> = {
  SingleChoice: 'single',
  MultipleChoice: 'multiple',
  TrueFalse: 'truefalse',
  ShortAnswer: 'short',
  Matching: 'matching',
  Ordering: 'ordering',
}

export const DEFAULT_SOLUTION_AFTER = 2

/** Longest short answer a student can type: a long command fits; an essay does not. */
export const SHORT_ANSWER_MAX_LENGTH = 200
