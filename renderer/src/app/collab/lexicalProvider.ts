import type { Provider, ProviderAwareness } from '@lexical/yjs'
import type { SharedSession } from '../../collab/session'

type Listener = (payload: never) => void

export interface SessionProvider extends Provider {
  /** Has Lexical draw the others' cursors again, where their words now are (after a scroll or a resize). */
  redrawCursors(): void
}

/**
 * Lexical's CollaborationPlugin asks for a provider. The session owns the document and its
 * connection, so this one starts the session and reports: the document is in sync as soon as its
 * local copy is loaded (that is when Lexical may bootstrap an empty one), and the connection's status.
 * Disconnecting belongs to the session, which outlives an editor remounted for a restored revision.
 */
export function lexicalProvider(session: SharedSession): SessionProvider {
  const listeners = new Map<string, Set<Listener>>()
  const emit = (type: string, payload: unknown) => listeners.get(type)?.forEach((listener) => (listener as (value: unknown) => void)(payload))
  let unsubscribe: (() => void) | null = null

  // Lexical redraws cursors on the awareness's updates; its own listeners are kept to call them
  // again, without telling the server anything.
  const shared = session.awareness
  const redraws = new Set<() => void>()
  const awareness: ProviderAwareness = {
    getLocalState: () => shared.getLocalState() as ReturnType<ProviderAwareness['getLocalState']>,
    getStates: () => shared.getStates() as ReturnType<ProviderAwareness['getStates']>,
    setLocalState: (state) => shared.setLocalState(state),
    setLocalStateField: (field, value) => shared.setLocalStateField(field, value),
    on: (type, listener) => {
      redraws.add(listener)
      shared.on(type, listener)
    },
    off: (type, listener) => {
      redraws.delete(listener)
      shared.off(type, listener)
    },
  }

  const provider = {
    awareness,
    connect() {
      unsubscribe ??= session.onStatus(({ state }) => emit('status', { status: state === 'connected' ? 'connected' : 'disconnected' }))
      return session.start().then(() => {
        emit('status', { status: session.status().state === 'connected' ? 'connected' : 'disconnected' })
        emit('sync', true)
      })
    },
    disconnect() {
      unsubscribe?.()
      unsubscribe = null
    },
    on(type: string, listener: Listener) {
      if (!listeners.has(type)) listeners.set(type, new Set())
      listeners.get(type)!.add(listener)
    },
    off(type: string, listener: Listener) {
      listeners.get(type)?.delete(listener)
    },
    redrawCursors: () => redraws.forEach((redraw) => redraw()),
  }
  return provider as unknown as SessionProvider
}
