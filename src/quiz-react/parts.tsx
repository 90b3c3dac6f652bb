import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'

/*
 * The pieces authors write inside a question. They only carry content: the
 * question component reads them from its children and lays them out.
 */
export function Prompt({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
export function Option({ children }: { children?: ReactNode; correct?: boolean; optionKey?: string }) {
  return <>{children}</>
}
/** What a student reads after picking this option; the build moves an Option's `feedback="…"` here, formatted. */
export function OptionFeedback({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
export function Hint({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
export function Explanation({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
export function Pair(_props: { left: string; right: string; pairKey?: string }) {
  return null
}
export function Item({ children }: { children?: ReactNode; itemKey?: string }) {
  return <>{children}</>
}

type OptionProps = Parameters<typeof Option>[0]
type ItemProps = Parameters<typeof Item>[0]

export interface QuestionParts {
  prompt: ReactNode
  options: { key: string; content: ReactNode; feedback?: ReactNode }[]
  hints: ReactNode[]
  explanation: ReactNode
  pairs: { key: string; left: string; right: string }[]
  items: { key: string; content: ReactNode; text: string }[]
}

/** Plain text of rendered content (for labels such as "Subir «…»"). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children)
  return ''
}

/** Sorts a question's children into its parts; keys were added by the build. */
export function collectParts(children: ReactNode): QuestionParts {
  const parts: QuestionParts = { prompt: null, options: [], hints: [], explanation: null, pairs: [], items: [] }
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return
    const element = child as ReactElement<Record<string, unknown> & { children?: ReactNode }>
    if (element.type === Prompt) parts.prompt = element.props.children
    else if (element.type === Explanation) parts.explanation = element.props.children
    else if (element.type === Hint) parts.hints.push(element.props.children)
    else if (element.type === Option) {
      const props = element.props as OptionProps
      const isFeedback = (part: ReactNode): part is ReactElement<{ children?: ReactNode }> => isValidElement(part) && part.type === OptionFeedback
      const pieces = Children.toArray(props.children)
      const feedback = pieces.find(isFeedback)?.props.children
      const content = pieces.filter((part) => !isFeedback(part))
      parts.options.push({
        key: props.optionKey ?? String(parts.options.length),
        content: content.length === 1 ? content[0] : content,
        ...(feedback ? { feedback } : {}),
      })
    } else if (element.type === Pair) {
      const props = element.props as Parameters<typeof Pair>[0]
      parts.pairs.push({ key: props.pairKey ?? String(parts.pairs.length), left: props.left, right: props.right })
    } else if (element.type === Item) {
      const props = element.props as ItemProps
      parts.items.push({ key: props.itemKey ?? String(parts.items.length), content: props.children, text: textOf(props.children) })
    }
  })
  return parts
}
