import type { Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { diagramBuildSteps } from '../src/diagrams/diagram-steps.ts'
import { exportConst } from './export-const.ts'
import { type JsxElement, isJsxElement, readAttribute, setLiteralAttribute } from './jsx-attributes.ts'

/** Node types that belong to the module, not to any slide. */
const MODULE_LEVEL = new Set(['yaml', 'toml', 'mdxjsEsm', 'definition'])

/** Splits a root's children at top-level thematic breaks; empty runs are dropped. */
export function splitIntoSlides(children: readonly RootContent[]): {
  moduleNodes: RootContent[]
  slides: RootContent[][]
} {
  const moduleNodes: RootContent[] = []
  const slides: RootContent[][] = [[]]
  for (const node of children) {
    if (MODULE_LEVEL.has(node.type)) moduleNodes.push(node)
    else if (node.type === 'thematicBreak') slides.push([])
    else slides[slides.length - 1]!.push(node)
  }
  return { moduleNodes, slides: slides.filter((slide) => slide.length > 0) }
}

function slideTitle(nodes: readonly RootContent[]): string {
  let title = ''
  for (const node of nodes) {
    visit(node, 'heading', (heading) => {
      title = toString(heading)
      return false
    })
    if (title) break
  }
  return title
}

/**
 * Numbers the reveal steps of one slide in document order: each `<Step>` is
 * one step, and a diagram written with `build` takes as many steps as it has
 * layers to reveal. Returns the slide's step count.
 */
function numberSteps(nodes: readonly RootContent[], file: VFile): number {
  let count = 0
  for (const node of nodes) {
    visit(node as Node, (child) => {
      if (!isJsxElement(child) || !child.name) return
      const element: JsxElement = child
      const name = child.name
      if (name === 'Step') {
        count += 1
        setLiteralAttribute(element, 'step', count)
        return
      }
      const build = readAttribute(element, 'build')
      if (build.kind === 'missing' || (build.kind === 'value' && build.value === false)) return
      const kind = readAttribute(element, 'kind')
      const steps = diagramBuildSteps(name, kind.kind === 'value' ? String(kind.value) : undefined)
      if (steps === undefined) {
        file.fail(`<${name} build>: este componente no se puede construir por pasos`, element)
      }
      setLiteralAttribute(element, 'stepStart', count + 1)
      count += steps
    })
  }
  return count
}

/**
 * Turns a lesson into slides: every top-level `---` starts a new slide, each
 * run of content is wrapped in `<Slide index steps title>`, and the module
 * exports `slideCount`, `slideTitles` and `slideSteps` (reveal steps per slide).
 */
export function remarkSlides() {
  return (tree: Root, file: VFile) => {
    const { moduleNodes, slides } = splitIntoSlides(tree.children)
    if (slides.length === 0) file.fail('la lección no tiene ninguna diapositiva', tree)
    const titles: string[] = []
    const steps: number[] = []
    const wrapped: RootContent[] = slides.map((nodes, index) => {
      const title = slideTitle(nodes)
      const stepCount = numberSteps(nodes, file)
      titles.push(title)
      steps.push(stepCount)
      const slide: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Slide',
        attributes: [],
        children: nodes as MdxJsxFlowElement['children'],
        ...(nodes[0]?.position ? { position: nodes[0].position } : {}),
      }
      setLiteralAttribute(slide, 'index', index)
      setLiteralAttribute(slide, 'steps', stepCount)
      setLiteralAttribute(slide, 'title', title)
      return slide as RootContent
    })
    tree.children = [
      ...moduleNodes,
      exportConst('slideCount', slides.length),
      exportConst('slideTitles', titles),
      exportConst('slideSteps', steps),
      ...wrapped,
    ]
  }
}
