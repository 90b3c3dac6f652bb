import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Node } from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { parse as parseYaml } from 'yaml'
import type { Lang } from '../src/i18n/lang.ts'
import type { LessonMeta } from '../src/lessons/lesson-meta.ts'
import { QUESTION_COMPONENTS, type QuestionSpec } from '../src/quiz/model.ts'
import { type JsxElement, isJsxElement, readAttribute } from '../mdx/jsx-attributes.ts'
import { LessonError } from '../mdx/lesson-error.ts'
import { questionHtml } from '../mdx/question-html.ts'
import { QuizIdRegistry } from '../mdx/quiz-id-registry.ts'
import { remarkLessonMeta } from '../mdx/remark-lesson-meta.ts'
import { childElements, remarkQuiz } from '../mdx/remark-quiz.ts'
import { remarkSlides } from '../mdx/remark-slides.ts'

/**
 * Every question of the course as the exports need it: the answer key the app
 * grades with, plus its texts as HTML rendered at build time from the same MDX.
 */

export type { Lang } from '../src/i18n/lang.ts'

export interface BankLesson {
  id: string
  order: number
  title: string
}

export interface BankOption {
  /** The option's key in the answer key: its position in the source. */
  key: string
  html: string
  feedbackHtml?: string
  correct: boolean
}

export interface BankQuestion {
  id: string
  lang: Lang
  lesson: BankLesson
  /** Id of the self-assessment the question is in; none for a question on a slide. */
  assessment?: string
  /** `file:line:column` of the question, for export errors. */
  place: string
  spec: QuestionSpec
  /** The prompt as plain text, for names and labels. */
  promptText: string
  promptHtml: string
  explanationHtml: string
  hintsHtml: string[]
  /** Single and multiple choice, in source order. */
  options: BankOption[]
  /** Matching: plain text, as the app shows it. */
  pairs: { left: string; right: string }[]
  /** Ordering: HTML of each item, in the correct order. */
  itemsHtml: string[]
  /** Ordering: each item as plain text, for places that take no HTML. */
  itemsText: string[]
}

export interface LessonQuestions {
  lesson: BankLesson
  file: string
  questions: BankQuestion[]
}

function textAttribute(element: JsxElement, name: string): string {
  const attribute = readAttribute(element, name)
  return attribute.kind === 'value' ? String(attribute.value).trim() : ''
}

function readBankQuestion(element: JsxElement, spec: QuestionSpec, base: Pick<BankQuestion, 'id' | 'lang' | 'lesson'>, file: VFile): BankQuestion {
  const label = `<${element.name} id="${spec.id}">`
  const children = (name: string) => childElements(element, name)
  const prompt = children('Prompt')[0]!
  const options = children('Option').map((option, index): BankOption => {
    const feedback = option.children.find((child) => isJsxElement(child, 'OptionFeedback')) as JsxElement | undefined
    const content = option.children.filter((child) => child !== feedback)
    const key = String(index)
    const correct = spec.type === 'single' ? spec.correct === key : spec.type === 'multiple' && spec.correct.includes(key)
    return {
      key,
      html: questionHtml(content, 'inline', file, `${label}, opción ${index + 1}`),
      ...(feedback ? { feedbackHtml: questionHtml(feedback.children, 'inline', file, `${label}, feedback de la opción ${index + 1}`) } : {}),
      correct,
    }
  })
  return {
    ...base,
    ...(spec.assessment ? { assessment: spec.assessment } : {}),
    place: `${file.path}:${element.position?.start.line ?? 1}:${element.position?.start.column ?? 1}`,
    spec,
    promptText: toString(prompt).replace(/\s+/g, ' ').trim(),
    promptHtml: questionHtml(prompt.children, 'block', file, `${label}, enunciado`),
    explanationHtml: questionHtml(children('Explanation')[0]!.children, 'block', file, `${label}, explicación`),
    hintsHtml: children('Hint').map((hint, index) => questionHtml(hint.children, 'block', file, `${label}, pista ${index + 1}`)),
    options,
    pairs: children('Pair').map((pair) => ({ left: textAttribute(pair, 'left'), right: textAttribute(pair, 'right') })),
    itemsHtml: children('Item').map((item, index) => questionHtml(item.children, 'inline', file, `${label}, elemento ${index + 1}`)),
    itemsText: children('Item').map((item) => toString(item).replace(/\s+/g, ' ').trim()),
  }
}

/** The lesson's metadata and questions; a malformed lesson throws a LessonError (file:line: reason). */
export function readLessonQuestions(source: string, path: string, registry = new QuizIdRegistry()): LessonQuestions {
  const file = new VFile({ path, value: source })
  const lang: Lang = path.endsWith('en.mdx') ? 'en' : 'es'
  try {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkFrontmatter)
      .use(remarkLessonMeta)
      .use(remarkGfm)
      .use(remarkSlides)
      .use(remarkQuiz, { registry })
    const tree = processor.runSync(processor.parse(file), file) as Root
    const yaml = tree.children.find((node) => node.type === 'yaml')
    const meta = parseYaml(yaml && 'value' in yaml ? yaml.value : '') as LessonMeta
    const lesson: BankLesson = { id: meta.id, order: meta.order, title: meta.title }
    const specs = file.data.questions ?? []
    const questions: BankQuestion[] = []
    visit(tree as Node, (node: Node) => {
      if (!isJsxElement(node) || !QUESTION_COMPONENTS[node.name ?? '']) return
      const id = textAttribute(node, 'id')
      const spec = specs.find((candidate) => candidate.id === id)!
      questions.push(readBankQuestion(node, spec, { id, lang, lesson }, file))
    })
    return { lesson, file: path, questions }
  } catch (error) {
    if (error instanceof LessonError) throw error
    throw new LessonError(error, path)
  }
}

/** Every lesson of the course in one language, in lesson order; ids are checked across lessons. */
export function readCourseQuestions(lessonsDir: string, lang: Lang): LessonQuestions[] {
  const registry = new QuizIdRegistry()
  const lessons = readdirSync(lessonsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(lessonsDir, entry.name, `${lang}.mdx`))
    .filter((path) => existsSync(path))
    .map((path) => readLessonQuestions(readFileSync(path, 'utf8'), path, registry))
  return lessons.sort((a, b) => a.lesson.order - b.lesson.order)
}
