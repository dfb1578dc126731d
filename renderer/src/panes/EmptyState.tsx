import type { ReactNode } from 'react'

/** What a pane says before it has anything to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>
}
