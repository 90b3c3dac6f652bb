import type { ComponentProps } from 'react'
import { useDeckView } from '../deck-react/deck-context.tsx'

/**
 * A lesson table. On the reading page a wide table scrolls sideways inside
 * the column (a phone), so it takes keyboard focus: arrow keys scroll it.
 */
export function Table(props: ComponentProps<'table'>) {
  const reading = useDeckView().mode === 'read'
  return <table {...props} tabIndex={reading ? 0 : undefined} />
}
