// Real Hocuspocus clients in Node, for the server's tests and the collaboration bench.
// Node 20 has no global WebSocket, so provider 3.4.4 takes `ws` as its WebSocketPolyfill.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'

/**
 * `ws` with an 'error' listener of its own. The provider removes its listeners before closing a
 * socket that may still be connecting; `ws` then emits 'error' ("closed before the connection was
 * established") to nobody, which throws, where a browser's WebSocket would stay silent.
 */
class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => undefined)
  }
}

export interface Client {
  doc: Y.Doc
  provider: HocuspocusProvider
  socket: HocuspocusProviderWebsocket
  /** The reason of the server's refusal, once it came. */
  refusal?: string
  /** Resolves with 'synced' once the server sent the document, or with the reason it refused it. */
  outcome: Promise<'synced' | { refused: string }>
  /** Drops the connection (resolves once it is closed); edits made meanwhile stay in `doc` and go out on `goOnline`. */
  goOffline(): Promise<void>
  goOnline(): Promise<void>
  close(): void
}

export interface ConnectOptions {
  url: string
  name: string
  token: string
  publish?: boolean
  doc?: Y.Doc
}

export function connect({ url, name, token, publish = false, doc = new Y.Doc() }: ConnectOptions): Client {
  const socket = new HocuspocusProviderWebsocket({
    url: publish ? `${url}?publish=1` : url,
    WebSocketPolyfill: NodeWebSocket,
    // Reconnect quickly: tests stop servers and drop connections on purpose.
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
    jitter: false,
  })
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc })
  let closed = Promise.resolve()
  const client: Client = {
    doc,
    provider,
    socket,
    outcome: new Promise((resolve) => {
      provider.on('synced', () => resolve('synced'))
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        client.refusal = reason
        resolve({ refused: reason })
      })
    }),
    goOffline: () => {
      closed = new Promise((resolve) => {
        if (socket.status === WebSocketStatus.Disconnected) return resolve()
        const onDisconnect = () => {
          socket.off('disconnect', onDisconnect)
          resolve()
        }
        socket.on('disconnect', onDisconnect)
      })
      socket.disconnect()
      return closed
    },
    // provider 3.4.4's connect() does nothing while the socket still counts as connected, and the
    // close that follows then leaves it offline for good: wait for the close first.
    goOnline: async () => {
      await closed
      void socket.connect()
    },
    close: () => {
      provider.destroy()
      socket.destroy()
    },
  }
  provider.attach()
  return client
}

/** Waits until `condition()` holds, checking every 10 ms; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Resolves on the first change to any of `docs` after which `condition()` holds (at once if it holds now). */
export function whenUpdated(docs: readonly Y.Doc[], condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (condition()) return resolve()
    const check = () => {
      if (!condition()) return
      for (const doc of docs) doc.off('afterTransaction', check)
      resolve()
    }
    for (const doc of docs) doc.on('afterTransaction', check)
  })
}

/** Until the server has acknowledged every local change of `client`. */
export const acknowledged = (client: Client) => waitFor(() => client.provider.synced && !client.provider.hasUnsyncedChanges, 'the server to acknowledge the edits')
