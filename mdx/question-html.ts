import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Element } from 'hast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import { isJsxElement } from './jsx-attributes.ts'

/**
 * A question's text as plain HTML, for exports that live outside the app
 * (Moodle). Code blocks stay as <pre><code class="language-…">, unhighlighted:
 * Moodle keeps them and the colours would only be inline noise.
 */

const PHRASING = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'break', 'image'])

/** Components and `{…}` expressions have no HTML of their own: they cannot leave the app. */
function failOnMdxNodes(nodes: readonly Node[], file: VFile, where: string): void {
  for (const node of nodes) {
    if (isJsxElement(node)) {
      file.fail(`${where}: <${node.name ?? ''}> no se puede exportar a Moodle; usa solo Markdown dentro de las preguntas`, node)
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      file.fail(`${where}: una expresión {…} no se puede exportar a Moodle; escribe el texto tal cual`, node)
    }
    failOnMdxNodes((node as { children?: Node[] }).children ?? [], file, where)
  }
}

/** Drops the whitespace the MDX parser leaves around content written inside a tag. */
function trimEdges(nodes: readonly RootContent[]): RootContent[] {
  const kept = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  return kept.map((node, index) => {
    if (node.type !== 'text') return node
    let value = node.value
    if (index === 0) value = value.trimStart()
    if (index === kept.length - 1) value = value.trimEnd()
    return { ...node, value }
  })
}

/**
 * `block`: a prompt, hint or explanation, always in paragraphs.
 * `inline`: an option or item, without the paragraph around a single line.
 */
export function questionHtml(nodes: readonly Node[], layout: 'block' | 'inline', file: VFile, where: string): string {
  failOnMdxNodes(nodes, file, where)
  let children = trimEdges(nodes as RootContent[])
  const allPhrasing = children.every((node) => PHRASING.has(node.type))
  if (layout === 'block' && allPhrasing && children.length > 0) {
    children = [{ type: 'paragraph', children: children as PhrasingContent[] } satisfies Paragraph]
  }
  if (layout === 'inline') {
    if (children.length === 1 && children[0]!.type === 'paragraph') children = trimEdges((children[0] as Paragraph).children)
    if (children.every((node) => PHRASING.has(node.type))) {
      const paragraph = toHast({ type: 'paragraph', children: children as PhrasingContent[] }) as Element
      return toHtml(paragraph.children).trim()
    }
  }
  const root: Root = { type: 'root', children }
  return toHtml(toHast(root)).trim()
}
