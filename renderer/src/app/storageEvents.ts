// Storage events that reach the app shell from outside React: the database closed because
// another window is upgrading it, or a write whose owner has gone (another article opened) failed.
type Listener = () => void
const closedListeners = new Set<Listener>()
let closed = false

export function markDatabaseClosed(): void {
  closed = true
  closedListeners.forEach((listener) => listener())
}

export function onDatabaseClosed(listener: Listener): () => void {
  if (closed) listener()
  closedListeners.add(listener)
  return () => closedListeners.delete(listener)
}
