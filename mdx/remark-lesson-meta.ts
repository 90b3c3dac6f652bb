import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { parse } from 'yaml'
import { findMetaProblems } from '../src/lessons/lesson-meta.ts'

/**
 * Fails the build when a lesson's frontmatter is missing, is not valid YAML
 * or lacks a required field, pointing at the frontmatter block.
 */
export function remarkLessonMeta() {
  return (tree: Root, file: VFile) => {
    const yamlNode = tree.children.find((node) => node.type === 'yaml')
    if (!yamlNode) {
      file.fail('faltan los metadatos de la lección: empieza el fichero con un bloque --- id, title, order, summary, minutes, goals ---', tree.children[0] ?? tree)
    }
    let data: unknown
    try {
      data = parse(yamlNode.value)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      file.fail(`metadatos YAML no válidos: ${reason}`, yamlNode)
    }
    const problems = findMetaProblems(data)
    if (problems.length > 0) {
      file.fail(`metadatos de la lección: ${problems.map((problem) => problem.reason).join('; ')}`, yamlNode)
    }
    const expected = /[\\/](es|en)\.mdx$/.exec(file.path ?? '')
    if (file.path && !expected) {
      file.fail('el fichero de una lección debe llamarse es.mdx o en.mdx', yamlNode)
    }
  }
}
