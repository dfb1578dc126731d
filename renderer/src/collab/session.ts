import { HocuspocusProvider } from '@hocuspocus/provider'
import { IndexeddbPersistence } from 'y-indexeddb'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'

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
  /**
   * Loads the local copy, then connects to the server. Called once the editor's binding watches the
   * document, so that what loads reaches the editor as changes. Idempotent.
   */
  start(): Promise<void>
  /** Resolves when the local copy has been loaded into the document. */
  readonly loaded: Promise<void>
  status(): SyncStatus
  /** Called with every change of status; returns the unsubscribe. */
  onStatus(listener: (status: SyncStatus) => void): () => void
  /** Stops syncing; the local copy stays in IndexedDB. */
  close(): void
}

/** The IndexedDB database y-indexeddb keeps a shared document in. */
export const localDocName = (docName: string) => `redaktor-doc:${docName}`

/**
 * A shared document: first its local copy (so the article shows without a network), then the server.
 * `publish` registers the document under the token's workspace (the owner does).
 */
export function openSharedSession(docName: string, server: SyncServer | null, options: { publish: boolean }): SharedSession {
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  const listeners = new Set<(status: SyncStatus) => void>()
  let status: SyncStatus = { state: server && navigator.onLine ? 'connecting' : 'offline' }
  const setStatus = (next: SyncStatus) => {
    if (status.state === 'refused' && next.state !== 'connected') return
    status = next
    listeners.forEach((listener) => listener(status))
  }

  let local: IndexeddbPersistence | null = null
  let remote: HocuspocusProvider | null = null
  let closed = false
  let markLoaded = () => {}
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve))

  const connectRemote = () => {
    if (!server || closed) return
    const url = new URL(server.url)
    if (options.publish) url.searchParams.set('publish', '1')
    remote = new HocuspocusProvider({
      url: url.toString(),
      name: docName,
      document: doc,
      awareness,
      token: server.token,
      onStatus: ({ status: connection }) => setStatus({ state: connection === 'connected' ? 'connected' : navigator.onLine ? 'connecting' : 'offline' }),
      onAuthenticationFailed: ({ reason }) => {
        setStatus({ state: 'refused', reason })
        remote?.disconnect()
      },
    })
    if (!navigator.onLine) remote.disconnect()
  }

  let started: Promise<void> | null = null
  const start = () =>
    (started ??= (async () => {
      local = new IndexeddbPersistence(localDocName(docName), doc)
      await local.whenSynced
      markLoaded()
      connectRemote()
    })())

  // The browser knows first when the network goes: stop trying, and try again at once when it is back.
  const offline = () => {
    remote?.disconnect()
    if (status.state !== 'refused') setStatus({ state: 'offline' })
  }
  const online = () => {
    const provider = remote
    if (!provider || status.state === 'refused') return
    setStatus({ state: 'connecting' })
    // The provider ignores connect() while the socket it was told to close has not closed yet.
    const socket = provider.configuration.websocketProvider
    if (socket.status !== 'connected') return void provider.connect()
    const reconnect = () => {
      socket.off('disconnect', reconnect)
      if (!closed) void provider.connect()
    }
    socket.on('disconnect', reconnect)
  }
  window.addEventListener('offline', offline)
  window.addEventListener('online', online)

  const session: SharedSession = {
    docName,
    doc,
    awareness,
    start,
    loaded,
    status: () => status,
    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      closed = true
      window.removeEventListener('offline', offline)
      window.removeEventListener('online', online)
      remote?.destroy()
      awareness.destroy()
      void local?.destroy()
      doc.destroy()
      listeners.clear()
    },
  }
  return session
}

/** Forgets the local copy of a shared document (after unsharing: the article's own text is the truth again). */
export async function forgetLocalCopy(docName: string): Promise<void> {
  const { clearDocument } = await import('y-indexeddb')
  await clearDocument(localDocName(docName))
}
