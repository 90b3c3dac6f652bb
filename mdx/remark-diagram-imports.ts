import type { Root } from 'mdast'
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm'
import { visit } from 'unist-util-visit'
import { DIAGRAM_MODULES, type DiagramComponent } from '../src/diagrams/diagram-names.ts'
import { esmStatement } from './export-const.ts'

const isDiagram = (name: string | null | undefined): name is DiagramComponent => !!name && Object.hasOwn(DIAGRAM_MODULES, name)

/** `import '<module>'`: loading the module registers its drawing (src/diagrams/diagram-registry.ts). */
function sideEffectImport(source: string): MdxjsEsm {
  return esmStatement({ type: 'ImportDeclaration', specifiers: [], attributes: [], source: { type: 'Literal', value: source, raw: JSON.stringify(source) } })
}

/**
 * Makes a lesson import the drawings of the diagrams it uses, so each
 * drawing's code loads with the lessons that need it and with no other page.
 * Only the lesson body gets these imports (vite.config.ts), not its `?meta`
 * module, which the app's entry loads for every lesson.
 */
export function remarkDiagramImports() {
  return (tree: Root) => {
    const used = new Set<DiagramComponent>()
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isDiagram(node.name)) used.add(node.name)
    })
    tree.children.unshift(...[...used].sort().map((name) => sideEffectImport(DIAGRAM_MODULES[name])))
  }
}
