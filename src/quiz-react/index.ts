export { Explanation, Hint, Item, Option, OptionFeedback, Pair, Prompt } from './parts.tsx'
export { Matching, MultipleChoice, Ordering, ShortAnswer, SingleChoice, TrueFalse } from './question.tsx'
export { SelfAssessment } from './self-assessment.tsx'
export { LessonQuizContext } from './quiz-context.ts'
