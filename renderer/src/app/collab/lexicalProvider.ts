import type { Provider } from '@lexical/yjs'
import type { SharedSession } from '../../collab/session'

type Listener = (payload: never) => void

/**
 * Lexical's CollaborationPlugin asks for a provider. The session owns the document and its
 * connection, so this one starts the session and reports: the document is in sync as soon as its
 * local copy is loaded (that is when Lexical may bootstrap an empty one), and the connection's status.
 * Disconnecting belongs to the session, which outlives an editor remounted for a restored revision.
 */
export function lexicalProvider(session: SharedSession): Provider {
  const listeners = new Map<string, Set<Listener>>()
  const emit = (type: string, payload: unknown) => listeners.get(type)?.forEach((listener) => (listener as (value: unknown) => void)(payload))
  let unsubscribe: (() => void) | null = null
  const provider = {
    awareness: session.awareness,
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
  }
  return provider as unknown as Provider
}
