import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props<T> {
  items: readonly T[]
  keyOf: (item: T, index: number) => string
  /** What the move buttons call the item ("Pika 2"). */
  nameOf: (item: T, index: number) => string
  onMove: (from: number, to: number) => void
  onAnnounce: (message: string) => void
  render: (item: T, index: number) => ReactNode
  className?: string
  itemClassName?: (item: T) => string
  testId?: string
}

/** A list the editor reorders by dragging (native drag and drop) or with the Up and Down buttons. */
export function ReorderList<T>({ items, keyOf, nameOf, onMove, onAnnounce, render, className, itemClassName, testId }: Props<T>) {
  const { t } = useTranslation()
  const list = useRef<HTMLOListElement>(null)
  const [dragging, setDragging] = useState<number | null>(null)
  const [over, setOver] = useState<number | null>(null)

  const move = (from: number, to: number, focus?: 'up' | 'down') => {
    if (to < 0 || to >= items.length || from === to) return
    onMove(from, to)
    onAnnounce(t('brief.moved', { position: to + 1, total: items.length }))
    // Focus follows the item to its new place, so the next key press moves it again.
    if (focus) requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>(':scope > li')[to]?.querySelector<HTMLElement>(`[data-move="${focus}"]`)?.focus())
  }

  return (
    <ol ref={list} className={`reorder-list ${className ?? ''}`} data-testid={testId}>
      {items.map((item, index) => (
        <li
          key={keyOf(item, index)}
          className={`reorder-item ${itemClassName?.(item) ?? ''} ${dragging === index ? 'dragging' : ''} ${over === index && dragging !== index ? 'drop-target' : ''}`}
          onDragOver={(event) => {
            if (dragging === null) return
            event.preventDefault()
            event.dataTransfer.dropEffect = 'move'
            setOver(index)
          }}
          onDragLeave={() => setOver((current) => (current === index ? null : current))}
          onDrop={(event) => {
            event.preventDefault()
            if (dragging !== null) move(dragging, index)
            setDragging(null)
            setOver(null)
          }}
        >
          <div className="reorder-controls">
            <span
              className="drag-handle"
              draggable
              title={t('brief.drag')}
              aria-hidden="true"
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move'
                event.dataTransfer.setData('text/plain', String(index))
                const row = event.currentTarget.closest('li')
                if (row) event.dataTransfer.setDragImage(row, 12, 12)
                setDragging(index)
              }}
              onDragEnd={() => {
                setDragging(null)
                setOver(null)
              }}
            >
              ⠿
            </span>
            <button
              type="button"
              className="icon-button"
              data-move="up"
              disabled={index === 0}
              aria-label={t('brief.moveUpLabel', { item: nameOf(item, index) })}
              title={t('brief.moveUp')}
              onClick={() => move(index, index - 1, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              data-move="down"
              disabled={index === items.length - 1}
              aria-label={t('brief.moveDownLabel', { item: nameOf(item, index) })}
              title={t('brief.moveDown')}
              onClick={() => move(index, index + 1, 'down')}
            >
              ↓
            </button>
          </div>
          <div className="reorder-body">{render(item, index)}</div>
        </li>
      ))}
    </ol>
  )
}

export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}
