// One Redaktor collaboration server: Hocuspocus over the SQLite file, with Redis when asked.
import { mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Redis } from '@hocuspocus/extension-redis'
import { Server, type Extension } from '@hocuspocus/server'
import { Redis as RedisClient } from 'ioredis'
import { authenticate } from './access'
import { DATABASE_FILE, ServerDatabase } from './database'
import { Registry, registrySchema } from './registry'
import type { Workspace } from './workspaces'

export interface ServerOptions {
  /** 0 picks a free port; `RunningServer.port` says which. */
  port: number
  host?: string
  dataDir: string
  workspaces: readonly Workspace[]
  /** redis://host:port: several servers on one Redis (and one data dir) serve the same documents. */
  redisUrl?: string
}

export interface RunningServer {
  port: number
  host: string
  /** ws://host:port, for a client. */
  url: string
  /** Closes every connection, stores what is pending and closes the file. */
  stop(): Promise<void>
}

export const DEFAULT_HOST = '127.0.0.1'
const REDIS_TIMEOUT_MS = 5000

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST
  mkdirSync(options.dataDir, { recursive: true })
  const database = await ServerDatabase.open(join(options.dataDir, DATABASE_FILE), [registrySchema])
  const extensions: Extension[] = [database]
  try {
    if (options.redisUrl) extensions.push(await connectRedis(options.redisUrl))
  } catch (error) {
    await database.onDestroy()
    throw error
  }
  const server = new Server({
    quiet: true,
    stopOnSignals: false, // main.ts stops the server itself
    extensions,
    onAuthenticate: authenticate(options.workspaces, new Registry(database)),
  })
  try {
    // Not server.listen(): Hocuspocus 3.4.4 passes the address to Node as `address`, which Node
    // ignores, so it would listen on every interface. Its only listen hook here is the SQLite
    // extension's warning about in-memory files.
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject)
      server.httpServer.listen({ port: options.port, host }, () => {
        server.httpServer.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await server.hocuspocus.hooks('onDestroy', { instance: server.hocuspocus })
    throw error
  }
  const port = (server.httpServer.address() as AddressInfo).port
  let stopping: Promise<void> | undefined
  return {
    port,
    host,
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    stop: () => (stopping ??= server.destroy()),
  }
}

/** Hocuspocus's Redis extension on two connections to `url`, once both answer. */
async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis({ prefix: 'redaktor', createClient: () => new RedisClient(url, { lazyConnect: false }) })
  const clients = [redis.pub, redis.sub] as RedisClient[]
  try {
    await Promise.all(clients.map((client) => ready(client, url)))
  } catch (error) {
    for (const client of clients) client.disconnect(false)
    throw error
  }
  return redis
}

function ready(client: RedisClient, url: string): Promise<void> {
  if (client.status === 'ready') return Promise.resolve()
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer)
      client.off('ready', done)
      reject(new Error(`cannot reach Redis at ${url}: ${reason}`))
    }
    const timer = setTimeout(() => fail(`no answer within ${REDIS_TIMEOUT_MS / 1000} s`), REDIS_TIMEOUT_MS)
    const done = () => {
      clearTimeout(timer)
      client.off('error', onError)
      resolve()
    }
    const onError = (error: Error) => fail(error.message)
    client.once('ready', done)
    client.once('error', onError)
  })
}
