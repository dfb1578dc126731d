import type { KeyboardEvent } from 'react'

/** One Tab stop for a row of toggles: the arrows move between them (the pressed one is the stop). */
export function rovingArrows(event: KeyboardEvent<HTMLElement>): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key]
  if (!step || !(event.target instanceof HTMLElement)) return
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button')]
  const next = buttons[(buttons.indexOf(event.target) + step + buttons.length) % buttons.length]
  event.preventDefault()
  next?.focus()
}
