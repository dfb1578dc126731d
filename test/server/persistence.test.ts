// What a shared article holds survives the server: stopped, started again over the same folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../server/createServer'
import { acknowledged, connect, type Client } from './clients'

const workspaces = [{ name: 'default', token: 'persistence-token' }]
const cleanup: Array<() => unknown> = []
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redaktor-server-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}
async function start(dataDir: string): Promise<RunningServer> {
  const server = await startServer({ port: 0, dataDir, workspaces })
  cleanup.push(() => server.stop())
  return server
}
function open(server: RunningServer, name: string, publish = false): Client {
  const client = connect({ url: server.url, name, token: workspaces[0].token, publish })
  cleanup.push(() => client.close())
  return client
}

describe('persistence', () => {
  it('keeps the text, maps and the registry across a restart, stored on stop before the pause runs out', async () => {
    const dataDir = tempDir()
    const first = await start(dataDir)
    const writer = open(first, 'article-persist', true)
    expect(await writer.outcome).toBe('synced')
    writer.doc.getText('root').insert(0, 'Kryeministri deklaroi sot')
    writer.doc.getMap('article').set('title', 'Deklarata')
    writer.doc.getArray('verdicts').push([{ id: 'v1', checkId: 'q|s', verdict: 'verbatim', note: '', quoteText: null, by: 'Ana', at: 1 }])
    await acknowledged(writer)
    // Stop while the client is still connected: the store Hocuspocus holds back for 2 s runs now.
    await first.stop()
    writer.close()
    expect(existsSync(join(dataDir, 'redaktor.sqlite'))).toBe(true)

    const second = await start(dataDir)
    // Without publish=1: the registry remembered the article.
    const reader = open(second, 'article-persist')
    expect(await reader.outcome).toBe('synced')
    expect(reader.doc.getText('root').toString()).toBe('Kryeministri deklaroi sot')
    expect(reader.doc.getMap('article').get('title')).toBe('Deklarata')
    expect(reader.doc.getArray('verdicts').toJSON()).toEqual([{ id: 'v1', checkId: 'q|s', verdict: 'verbatim', note: '', quoteText: null, by: 'Ana', at: 1 }])
  })

  it('keeps edits made after the last client left and the server stopped', async () => {
    const dataDir = tempDir()
    const first = await start(dataDir)
    const writer = open(first, 'article-leave', true)
    expect(await writer.outcome).toBe('synced')
    writer.doc.getText('root').insert(0, 'a')
    await acknowledged(writer)
    writer.doc.getText('root').insert(1, 'b')
    await acknowledged(writer)
    writer.close() // the last client leaving stores the document
    await first.stop()

    const second = await start(dataDir)
    const reader = open(second, 'article-leave')
    expect(await reader.outcome).toBe('synced')
    expect(reader.doc.getText('root').toString()).toBe('ab')
  })

  it('stops cleanly with nothing open, and a second stop waits for the first', async () => {
    const server = await start(tempDir())
    await Promise.all([server.stop(), server.stop()])
  })
})
