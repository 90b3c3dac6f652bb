import type { Root } from 'mdast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visitParents } from 'unist-util-visit-parents'
import { DEFAULT_SOLUTION_AFTER, QUESTION_COMPONENTS, type QuestionSpec } from '../src/quiz/model.ts'
import { exportConst } from './export-const.ts'
import { type JsxElement, isJsxElement, readAttribute, setLiteralAttribute } from './jsx-attributes.ts'
import type { QuizIdRegistry } from './quiz-id-registry.ts'

declare module 'vfile' {
  interface DataMap {
    /** The lesson's answer keys, for build-time readers of the same tree (the LMS exports). */
    questions: QuestionSpec[]
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/

export function childElements(element: JsxElement, name: string): JsxElement[] {
  const found: JsxElement[] = []
  const walk = (node: Node) => {
    if (isJsxElement(node, name)) found.push(node)
    else if (isJsxElement(node) && QUESTION_COMPONENTS[node.name ?? '']) return
    const children = (node as { children?: Node[] }).children
    if (children) children.forEach(walk)
  }
  ;(element.children as Node[]).forEach(walk)
  return found
}

function hasText(element: JsxElement | undefined): boolean {
  if (!element) return false
  return toString(element).trim().length > 0 || element.children.some((child) => child.type === 'code' || isJsxElement(child))
}

function stringAttribute(element: JsxElement, name: string, file: VFile, required: boolean): string | undefined {
  const attribute = readAttribute(element, name)
  if (attribute.kind === 'missing') {
    if (required) file.fail(`<${element.name}>: falta el atributo ${name}`, element)
    return undefined
  }
  if (attribute.kind === 'invalid' || typeof attribute.value !== 'string' || attribute.value.trim() === '') {
    file.fail(`<${element.name}>: ${name} debe ser un texto no vacío`, element)
  }
  return attribute.value.trim()
}

function booleanAttribute(element: JsxElement, name: string, file: VFile): boolean | undefined {
  const attribute = readAttribute(element, name)
  if (attribute.kind === 'missing') return undefined
  if (attribute.kind === 'invalid' || typeof attribute.value !== 'boolean') {
    file.fail(`<${element.name}>: ${name} debe ser {true} o {false}`, element)
  }
  return attribute.value
}

/** Inline Markdown an option's feedback may use: what option text shows the same way. */
const FEEDBACK_NODES = new Set(['text', 'inlineCode', 'emphasis', 'strong'])

/** Only inline formatting, and no backtick left unpaired (it would show as a stray `). */
function renderableFeedback(nodes: readonly Node[]): boolean {
  return nodes.every((node) => FEEDBACK_NODES.has(node.type)
    && !(node.type === 'text' && (node as Node & { value: string }).value.includes('`'))
    && renderableFeedback((node as { children?: Node[] }).children ?? []))
}

function withoutPositions<T extends Node>(node: T): T {
  const { position: _position, ...rest } = node as T & { children?: Node[] }
  const children = (rest as { children?: Node[] }).children
  return (children ? { ...rest, children: children.map(withoutPositions) } : rest) as T
}

/**
 * `feedback="…"` is inline Markdown (`code`, *emphasis*, **strong**): the
 * build parses it and moves it into an <OptionFeedback> child, so students
 * see it formatted like the option text. Anything else fails the build.
 */
function moveFeedbackIntoOption(option: JsxElement, label: string, index: number, file: VFile): void {
  const source = stringAttribute(option, 'feedback', file, false)
  if (source === undefined) return
  const parsed = fromMarkdown(source)
  const paragraph = parsed.children[0]
  if (parsed.children.length !== 1 || paragraph?.type !== 'paragraph' || !renderableFeedback(paragraph.children)) {
    file.fail(
      `${label}: el feedback de la opción ${index + 1} no se puede mostrar («${source}»): admite texto, \`código\`, *cursiva* y **negrita** en un solo párrafo`,
      option,
    )
  }
  option.attributes = option.attributes.filter((item) => !(item.type === 'mdxJsxAttribute' && item.name === 'feedback'))
  const children = paragraph.children.map(withoutPositions) as PhrasingContent[]
  option.children.push({ type: 'mdxJsxTextElement', name: 'OptionFeedback', attributes: [], children } as never)
}

/** Builds and checks the answer key of one question element. */
export function readQuestion(element: JsxElement, slide: number, assessment: string | undefined, file: VFile): QuestionSpec {
  const type = QUESTION_COMPONENTS[element.name ?? '']!
  const id = stringAttribute(element, 'id', file, true)!
  const label = `<${element.name} id="${id}">`
  if (!ID_PATTERN.test(id)) file.fail(`${label}: el id solo puede tener minúsculas, cifras, guiones y guiones bajos`, element)
  if (!hasText(childElements(element, 'Prompt')[0])) file.fail(`${label}: falta el enunciado (<Prompt>)`, element)
  const explanations = childElements(element, 'Explanation')
  if (!hasText(explanations[0])) {
    file.fail(`${label}: falta la explicación o está vacía (<Explanation>)`, explanations[0] ?? element)
  }
  const solutionAttribute = readAttribute(element, 'solutionAfter')
  let solutionAfter = DEFAULT_SOLUTION_AFTER
  if (solutionAttribute.kind !== 'missing') {
    if (solutionAttribute.kind === 'invalid' || !Number.isInteger(solutionAttribute.value) || (solutionAttribute.value as number) < 1) {
      file.fail(`${label}: solutionAfter debe ser un entero ≥ 1`, element)
    }
    solutionAfter = solutionAttribute.value as number
  }
  const base = { id, slide, solutionAfter, ...(assessment ? { assessment } : {}) }

  switch (type) {
    case 'single':
    case 'multiple': {
      const options = childElements(element, 'Option')
      if (options.length < 2) file.fail(`${label}: necesita al menos dos opciones (<Option>)`, element)
      const keys = options.map((_, index) => String(index))
      const correct = options.flatMap((option, index) => (booleanAttribute(option, 'correct', file) ? [String(index)] : []))
      options.forEach((option, index) => {
        if (!hasText(option)) file.fail(`${label}: la opción ${index + 1} está vacía`, option)
        setLiteralAttribute(option, 'optionKey', String(index))
        moveFeedbackIntoOption(option, label, index, file)
      })
      if (correct.length === 0) file.fail(`${label}: ninguna opción está marcada como correct`, element)
      if (type === 'single') {
        if (correct.length > 1) {
          file.fail(`${label}: una pregunta de opción única tiene ${correct.length} opciones correctas; usa <MultipleChoice> o deja solo una`, element)
        }
        return { ...base, type, options: keys, correct: correct[0]! }
      }
      return { ...base, type, options: keys, correct }
    }
    case 'truefalse': {
      const answer = readAttribute(element, 'answer')
      if (answer.kind !== 'value' || typeof answer.value !== 'boolean') {
        file.fail(`${label}: answer debe ser {true} o {false}`, element)
      }
      return { ...base, type, answer: answer.value }
    }
    case 'short': {
      const accept = readAttribute(element, 'accept')
      if (accept.kind !== 'value' || !Array.isArray(accept.value) || accept.value.length === 0
        || !accept.value.every((value) => typeof value === 'string' && value.trim() !== '')) {
        file.fail(`${label}: accept debe ser una lista de respuestas aceptadas, p. ej. accept={["qemu:///system"]}`, element)
      }
      return { ...base, type, accept: accept.value as string[], ignoreCase: booleanAttribute(element, 'ignoreCase', file) ?? false }
    }
    case 'matching': {
      const pairs = childElements(element, 'Pair')
      if (pairs.length < 2) file.fail(`${label}: necesita al menos dos parejas (<Pair left="…" right="…" />)`, element)
      const lefts: string[] = []
      const rights: string[] = []
      pairs.forEach((pair, index) => {
        const left = stringAttribute(pair, 'left', file, true)!
        const right = stringAttribute(pair, 'right', file, true)!
        if (lefts.includes(left)) file.fail(`${label}: el elemento «${left}» aparece en dos parejas; cada left debe ser único`, pair)
        lefts.push(left)
        rights.push(right)
        setLiteralAttribute(pair, 'pairKey', String(index))
      })
      const choices = [...new Set(rights)]
      if (choices.length < 2) file.fail(`${label}: las parejas no se pueden relacionar: todas tienen el mismo right`, element)
      return { ...base, type, lefts: lefts.map((_, index) => String(index)), rights: rights.map((right) => String(choices.indexOf(right))) }
    }
    case 'ordering': {
      const items = childElements(element, 'Item')
      if (items.length < 2) file.fail(`${label}: necesita al menos dos elementos (<Item>)`, element)
      items.forEach((item, index) => {
        if (!hasText(item)) file.fail(`${label}: el elemento ${index + 1} está vacío`, item)
        setLiteralAttribute(item, 'itemKey', String(index))
      })
      return { ...base, type, items: items.map((_, index) => String(index)) }
    }
  }
}

/**
 * Validates every question of a lesson and exports their answer keys as
 * `questions`. Must run after remarkSlides (it reads each `<Slide index>`).
 * Ids are checked across the whole course through the shared registry.
 */
export function remarkQuiz(options: { registry?: QuizIdRegistry } = {}) {
  return (tree: Root, file: VFile) => {
    const questions: QuestionSpec[] = []
    const assessmentIds = new Set<string>()
    options.registry?.forgetFile(file.path)
    visitParents(tree as Node, (node: Node, parents: Node[]) => {
      const ancestors: Node[] = parents
      if (!isJsxElement(node)) return
      const slideElement = ancestors.find((ancestor): ancestor is JsxElement => isJsxElement(ancestor, 'Slide'))
      const indexAttribute = slideElement ? readAttribute(slideElement, 'index') : undefined
      const slideIndex = indexAttribute?.kind === 'value' ? Number(indexAttribute.value) : 0
      if (node.name === 'SelfAssessment') {
        const id = stringAttribute(node, 'id', file, true)!
        if (assessmentIds.has(id)) file.fail(`<SelfAssessment id="${id}">: id repetido`, node)
        assessmentIds.add(id)
        options.registry?.claim(id, file, node)
        return
      }
      if (!QUESTION_COMPONENTS[node.name ?? '']) return
      const nested = ancestors.find((ancestor) => isJsxElement(ancestor) && QUESTION_COMPONENTS[ancestor.name ?? ''])
      if (nested) file.fail(`<${node.name}> no puede ir dentro de otra pregunta`, node)
      const assessmentElement = ancestors.find((ancestor): ancestor is JsxElement => isJsxElement(ancestor, 'SelfAssessment'))
      const assessment = assessmentElement ? stringAttribute(assessmentElement, 'id', file, true) : undefined
      const spec = readQuestion(node, slideIndex, assessment, file)
      if (questions.some((question) => question.id === spec.id)) {
        file.fail(`<${node.name} id="${spec.id}">: id repetido en esta lección`, node)
      }
      options.registry?.claim(spec.id, file, node)
      questions.push(spec)
    })
    for (const id of assessmentIds) {
      if (!questions.some((question) => question.assessment === id)) {
        file.fail(`<SelfAssessment id="${id}"> no contiene ninguna pregunta`, tree)
      }
    }
    tree.children.push(exportConst('questions', questions))
    file.data.questions = questions
  }
}
