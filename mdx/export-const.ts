import type { ModuleDeclaration } from 'estree'
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm'
import { valueToEstree } from 'estree-util-value-to-estree'

/** An ESM node for the MDX module holding one import or export statement. */
export function esmStatement(statement: ModuleDeclaration): MdxjsEsm {
  return { type: 'mdxjsEsm', value: '', data: { estree: { type: 'Program', sourceType: 'module', body: [statement] } } }
}

/** Builds an `export const name = value` node for the MDX module. */
export function exportConst(name: string, value: unknown): MdxjsEsm {
  return esmStatement({
    type: 'ExportNamedDeclaration',
    specifiers: [],
    attributes: [],
    declaration: {
      type: 'VariableDeclaration',
      kind: 'const',
      declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: valueToEstree(value) }],
    },
  })
}
