import { HocuspocusProvider } from '@hocuspocus/provider'
import { IndexeddbPersistence } from 'y-indexeddb'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Provider } from '@lexical/yjs'
import { lexicalProvider } from './lexicalProvider'

export interface SyncServer {
  /** ws:// or wss:// address of the Hocuspocus server. */
  url: string
  /** The workspace's token. */
  token: string
}

/**
 * Where a shared document stands: `connecting` and `connected` to the server; `offline` while there is
 * no connection (edits stay in the local copy and merge on reconnect); `refused` by the server.
 */
export type SyncStatus =
  | { state: 'connecting' | 'connected' | 'offline' }
  | { state: 'refused'; reason: string }

export interface SharedSession {
  readonly docName: string
  readonly doc: Y.Doc
  readonly awareness: Awareness
  /** What Lexical's CollaborationPlugin is given: reports the session, owns nothing. */
  readonly lexicalProvider: Provider
  status(): SyncStatus
  /** Called with every change of status; returns the unsubscribe. */
  onStatus(listener: (status: SyncStatus) => void): () => void
  /** Stops syncing; the local copy stays in IndexedDB. */
  close(): void
}

/** The IndexedDB database y-indexeddb keeps a shared document in. */
export const localDocName = (docName: string) => `redaktor-doc:${docName}`

/**
 * Opens a shared document: first from its local copy (so the article shows without a network), then
 * through the server. `publish` registers the document under the token's workspace (the owner does).
 */
export async function openSharedSession(docName: string, server: SyncServer | null, options: { publish: boolean }): Promise<SharedSession> {
  const doc = new Y.Doc()
  const local = new IndexeddbPersistence(localDocName(docName), doc)
  await local.whenSynced

  const listeners = new Set<(status: SyncStatus) => void>()
  let status: SyncStatus = { state: server && navigator.onLine ? 'connecting' : 'offline' }
  const setStatus = (next: SyncStatus) => {
    if (status.state === 'refused' && next.state !== 'connected') return
    status = next
    listeners.forEach((listener) => listener(status))
  }

  let remote: HocuspocusProvider | null = null
  if (server) {
    const url = new URL(server.url)
    if (options.publish) url.searchParams.set('publish', '1')
    remote = new HocuspocusProvider({
      url: url.toString(),
      name: docName,
      document: doc,
      token: server.token,
      onStatus: ({ status: connection }) => setStatus({ state: connection === 'connected' ? 'connected' : navigator.onLine ? 'connecting' : 'offline' }),
      onAuthenticationFailed: ({ reason }) => {
        setStatus({ state: 'refused', reason })
        remote?.disconnect()
      },
    })
  }
  const awareness = remote?.awareness ?? new Awareness(doc)

  // The browser knows first when the network goes: stop trying, and try again at once when it is back.
  const offline = () => {
    remote?.disconnect()
    if (status.state !== 'refused') setStatus({ state: 'offline' })
  }
  const online = () => {
    if (!remote || status.state === 'refused') return
    setStatus({ state: 'connecting' })
    void remote.connect()
  }
  window.addEventListener('offline', offline)
  window.addEventListener('online', online)
  if (!navigator.onLine) offline()

  const session: SharedSession = {
    docName,
    doc,
    awareness,
    get lexicalProvider() {
      return provider
    },
    status: () => status,
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      window.removeEventListener('offline', offline)
      window.removeEventListener('online', online)
      remote?.destroy()
      if (!remote) awareness.destroy()
      void local.destroy()
      doc.destroy()
      listeners.clear()
    },
  }
  const provider = lexicalProvider(session)
  return session
}

/** Forgets the local copy of a shared document (after unsharing: the article's own text is the truth again). */
export async function forgetLocalCopy(docName: string): Promise<void> {
  const { clearDocument } = await import('y-indexeddb')
  await clearDocument(localDocName(docName))
}

/** Whether the document holds no text yet: only then may its publisher fill it. */
export function hasNoText(session: SharedSession): boolean {
  return session.doc.get('root', Y.XmlText).length === 0
}
