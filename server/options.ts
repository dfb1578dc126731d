// The server's command line and environment, checked before anything starts.
import { parseArgs } from 'node:util'
import type { ServerOptions } from './createServer'
import { parseWorkspaces, WorkspaceConfigError } from './workspaces'

export const USAGE = `Usage: npm run server -- --port N --data DIR [--host H] [--redis redis://host:port]

  --port N      port to listen on (0 picks a free one)
  --data DIR    folder of the server's SQLite file (created if missing)
  --host H      address to listen on (default 127.0.0.1: this machine only)
  --redis URL   Redis shared by several servers (also REDAKTOR_REDIS_URL)

  REDAKTOR_SERVER_TOKEN   one token (workspace "default") or name=token,name2=token2`

/** A command line or environment the server cannot start with; main.ts prints it and exits with 2. */
export class UsageError extends Error {}

export function parseOptions(args: readonly string[], env: Record<string, string | undefined>): ServerOptions | 'help' {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        host: { type: 'string' },
        redis: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.help) return 'help'
  if (values.port === undefined) throw new UsageError('--port is missing.')
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`)
  if (!values.data?.trim()) throw new UsageError('--data is missing: the folder where the server keeps its SQLite file.')
  if (values.host !== undefined && !values.host.trim()) throw new UsageError('--host is empty.')
  const redisUrl = values.redis ?? (env.REDAKTOR_REDIS_URL || undefined)
  if (redisUrl !== undefined) checkRedisUrl(redisUrl)
  let workspaces
  try {
    workspaces = parseWorkspaces(env.REDAKTOR_SERVER_TOKEN)
  } catch (error) {
    if (error instanceof WorkspaceConfigError) throw new UsageError(error.message)
    throw error
  }
  return { port: Number(values.port), dataDir: values.data, host: values.host, redisUrl, workspaces }
}

function checkRedisUrl(value: string): void {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || !url.hostname) {
    throw new UsageError(`the Redis address must look like redis://host:port, not "${value}".`)
  }
}
