// Two servers behind one Redis and one data folder serve one article: an edit made through one
// reaches a client of the other. Runs a real redis-server on a free loopback port; skipped, and says
// so, where the redis-server command is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../server/createServer'
import { acknowledged, connect, waitFor, type Client } from './clients'

const hasRedis = !spawnSync('redis-server', ['--version']).error
if (!hasRedis) console.warn('Skipping the Redis test: the redis-server command is not installed (Debian package redis-server).')

const workspaces = [{ name: 'default', token: 'redis-token' }]
const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

/** A throw-away redis-server on loopback, writing nothing to disk. */
async function startRedis(dir: string): Promise<string> {
  const port = await freePort()
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  cleanup.push(() => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM')))))
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes('Ready to accept connections')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
  })
  return `redis://127.0.0.1:${port}`
}

describe.skipIf(!hasRedis)(hasRedis ? 'two servers on one Redis' : 'two servers on one Redis (skipped: redis-server is not installed)', () => {
  it('carries an edit through one server to a client of the other, and the shared file keeps both edits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaktor-redis-'))
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    const redisUrl = await startRedis(dir)
    const dataDir = join(dir, 'data')
    const servers: RunningServer[] = []
    for (let i = 0; i < 2; i++) {
      const server = await startServer({ port: 0, dataDir, workspaces, redisUrl })
      cleanup.push(() => server.stop())
      servers.push(server)
    }
    expect(servers[0].port).not.toBe(servers[1].port)
    const open = (server: RunningServer, publish: boolean): Client => {
      const client = connect({ url: server.url, name: 'article-redis', token: workspaces[0].token, publish })
      cleanup.push(() => client.close())
      return client
    }

    const a = open(servers[0], true)
    expect(await a.outcome).toBe('synced')
    // The other server knows the article from the shared registry: no publish=1 needed.
    const b = open(servers[1], false)
    expect(await b.outcome).toBe('synced')

    a.doc.getText('root').insert(0, 'Nga serveri i parë.')
    await waitFor(() => b.doc.getText('root').toString() === 'Nga serveri i parë.', 'the edit to reach the other server')
    b.doc.getMap('quotes').set('q1', { text: 'nga i dyti', confirmedBy: 'Besa' })
    await waitFor(() => a.doc.getMap('quotes').has('q1'), 'the reply to come back')
    expect(a.doc.getMap('quotes').get('q1')).toEqual({ text: 'nga i dyti', confirmedBy: 'Besa' })
    await Promise.all([acknowledged(a), acknowledged(b)])

    // Both stop (each stores unless the other holds Redis's lock on the article); a server started
    // afterwards over the same folder, without Redis, reads both edits back.
    a.close()
    b.close()
    await Promise.all(servers.map((server) => server.stop()))
    const after = await startServer({ port: 0, dataDir, workspaces })
    cleanup.push(() => after.stop())
    const reader = connect({ url: after.url, name: 'article-redis', token: workspaces[0].token })
    cleanup.push(() => reader.close())
    expect(await reader.outcome).toBe('synced')
    expect(reader.doc.getText('root').toString()).toBe('Nga serveri i parë.')
    expect(reader.doc.getMap('quotes').get('q1')).toEqual({ text: 'nga i dyti', confirmedBy: 'Besa' })
  }, 30_000)

  it('refuses to start when Redis does not answer, saying where it looked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaktor-redis-'))
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    const port = await freePort() // nothing listens there
    await expect(startServer({ port: 0, dataDir: dir, workspaces, redisUrl: `redis://127.0.0.1:${port}` })).rejects.toThrow(`cannot reach Redis at redis://127.0.0.1:${port}`)
  }, 30_000)
})
