import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { Node } from 'unist'

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

export function isJsxElement(node: Node | undefined, name?: string): node is JsxElement {
  if (!node || (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')) return false
  return name === undefined || (node as JsxElement).name === name
}

function findAttribute(element: JsxElement, name: string): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  )
}

export type AttributeValue =
  | { kind: 'missing' }
  | { kind: 'value'; value: unknown }
  | { kind: 'invalid'; source: string }

/**
 * Reads an attribute as plain data: `a="x"` gives a string, a bare `a` gives
 * true, and `a={…}` gives the value of a literal expression (string, number,
 * boolean or an array of those). Anything computed is reported as invalid:
 * quiz data must be readable at build time.
 */
export function readAttribute(element: JsxElement, name: string): AttributeValue {
  const attribute = findAttribute(element, name)
  if (!attribute) return { kind: 'missing' }
  if (attribute.value === null || attribute.value === undefined) return { kind: 'value', value: true }
  if (typeof attribute.value === 'string') return { kind: 'value', value: attribute.value }
  const program = attribute.value.data?.estree
  const statement = program?.body[0]
  if (statement?.type === 'ExpressionStatement') {
    const literal = literalValue(statement.expression)
    if (literal.ok) return { kind: 'value', value: literal.value }
  }
  return { kind: 'invalid', source: attribute.value.value }
}

type Literal = { ok: true; value: unknown } | { ok: false }

function literalValue(expression: import('estree').Expression | import('estree').SpreadElement | null): Literal {
  if (!expression) return { ok: false }
  if (expression.type === 'Literal') return { ok: true, value: expression.value }
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return { ok: true, value: expression.quasis.map((quasi) => quasi.value.cooked).join('') }
  }
  if (expression.type === 'UnaryExpression' && expression.operator === '-' && expression.argument.type === 'Literal'
    && typeof expression.argument.value === 'number') {
    return { ok: true, value: -expression.argument.value }
  }
  if (expression.type === 'ArrayExpression') {
    const values: unknown[] = []
    for (const item of expression.elements) {
      const value = literalValue(item)
      if (!value.ok) return { ok: false }
      values.push(value.value)
    }
    return { ok: true, value: values }
  }
  return { ok: false }
}

/** Adds (or replaces) an attribute whose value is a JavaScript literal. */
export function setLiteralAttribute(element: JsxElement, name: string, value: number | string | boolean): void {
  element.attributes = element.attributes.filter(
    (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name),
  )
  if (typeof value === 'string') {
    element.attributes.push({ type: 'mdxJsxAttribute', name, value })
    return
  }
  const source = String(value)
  element.attributes.push({
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: source,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value, raw: source } }],
        },
      },
    },
  })
}
