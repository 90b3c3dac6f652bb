import { type ReactNode, useRef, useState } from 'react'
import { useStrings } from '../i18n-react/use-strings.ts'

interface OrderingItem {
  key: string
  content: ReactNode
  text: string
}

/** A list the student reorders with "up" and "down" buttons; focus follows the moved item. */
export function OrderingInput({ items, order, onChange, disabled, correctOrder, mark, labelledBy }: {
  items: OrderingItem[]
  order: string[]
  onChange: (order: string[]) => void
  disabled: boolean
  correctOrder: readonly string[]
  mark: boolean
  labelledBy: string
}) {
  const t = useStrings().quiz
  const [announcement, setAnnouncement] = useState('')
  const listRef = useRef<HTMLOListElement>(null)
  const byKey = new Map(items.map((item) => [item.key, item]))
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    if (to < 0 || to >= order.length) return
    const next = [...order]
    const [moved] = next.splice(from, 1)
    next.splice(to, 0, moved!)
    onChange(next)
    setAnnouncement(t.moved(byKey.get(moved!)?.text ?? '', to + 1, order.length))
    requestAnimationFrame(() => {
      const row = listRef.current?.children[to]
      const button = row?.querySelector<HTMLButtonElement>(`[data-direction="${direction}"]:not([aria-disabled="true"])`)
        ?? row?.querySelector<HTMLButtonElement>('button:not([aria-disabled="true"])')
      button?.focus()
    })
  }
  return (
    <>
      <ol ref={listRef} className="ordering" aria-labelledby={labelledBy}>
        {order.map((key, index) => {
          const item = byKey.get(key)
          if (!item) return null
          const state = mark ? (correctOrder[index] === key ? 'right' : 'wrong') : undefined
          return (
            <li key={key} className="ordering-item" data-mark={state}>
              <span className="ordering-text">{item.content}</span>
              {state && (
                <span className="choice-mark">
                  <span aria-hidden="true">{state === 'right' ? '✔' : '✘'}</span> {state === 'right' ? t.right : t.notRight}
                </span>
              )}
              <span className="ordering-buttons">
                <button type="button" className="icon-button" data-direction="up" disabled={disabled} aria-disabled={index === 0}
                  aria-label={t.moveUp(item.text)} onClick={() => move(index, index - 1, 'up')}>
                  <span aria-hidden="true">▲</span>
                </button>
                <button type="button" className="icon-button" data-direction="down" disabled={disabled} aria-disabled={index === order.length - 1}
                  aria-label={t.moveDown(item.text)} onClick={() => move(index, index + 1, 'down')}>
                  <span aria-hidden="true">▼</span>
                </button>
              </span>
            </li>
          )
        })}
      </ol>
      <p className="sr-only" aria-live="polite">{announcement}</p>
    </>
  )
}
