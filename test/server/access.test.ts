// Who may open a shared article: tokens, workspaces and publishing, through a real server and real clients.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../server/createServer'
import { acknowledged, connect, type Client } from './clients'

const workspaces = [
  { name: 'desk', token: 'desk-token-1234567890' },
  { name: 'sport', token: 'sport-token-0987654321' },
]
let server: RunningServer
let dataDir: string
const clients: Client[] = []
const open = (options: Omit<Parameters<typeof connect>[0], 'url'>) => {
  const client = connect({ url: server.url, ...options })
  clients.push(client)
  return client
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redaktor-server-'))
  server = await startServer({ port: 0, dataDir, workspaces })
})
afterEach(() => {
  for (const client of clients.splice(0)) client.close()
})
afterAll(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('access to shared articles', () => {
  it('listens on loopback only, on the port it picked', () => {
    expect(server.host).toBe('127.0.0.1')
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`ws://127.0.0.1:${server.port}`)
  })

  it('refuses a wrong token, saying so', async () => {
    const client = open({ name: 'article-wrong-token', token: 'not-a-token', publish: true })
    expect(await client.outcome).toEqual({ refused: 'wrong-token' })
  })

  it('refuses an unpublished article, then serves it once a client publishes it', async () => {
    const reader = open({ name: 'article-1', token: workspaces[0].token })
    expect(await reader.outcome).toEqual({ refused: 'unknown-document' })

    const publisher = open({ name: 'article-1', token: workspaces[0].token, publish: true })
    expect(await publisher.outcome).toBe('synced')
    publisher.doc.getText('t').insert(0, 'Ministri tha')
    await acknowledged(publisher)

    const later = open({ name: 'article-1', token: workspaces[0].token })
    expect(await later.outcome).toBe('synced')
    expect(later.doc.getText('t').toString()).toBe('Ministri tha')
  })

  it("never serves a workspace's article to another workspace's token, nor takes its edits", async () => {
    const owner = open({ name: 'article-desk', token: workspaces[0].token, publish: true })
    expect(await owner.outcome).toBe('synced')
    owner.doc.getText('t').insert(0, 'secret draft')
    await acknowledged(owner)

    // Publishing does not move an article to another workspace.
    const other = open({ name: 'article-desk', token: workspaces[1].token, publish: true })
    other.doc.getText('t').insert(0, 'vandal ')
    expect(await other.outcome).toEqual({ refused: 'other-workspace' })
    const reader = open({ name: 'article-desk', token: workspaces[1].token })
    expect(await reader.outcome).toEqual({ refused: 'other-workspace' })
    // Give the server the time to send anything it would: the owner's edit and the other's must not cross.
    owner.doc.getText('t').insert(0, 'more ')
    await acknowledged(owner)
    const check = open({ name: 'article-desk', token: workspaces[0].token })
    expect(await check.outcome).toBe('synced')

    // Nothing of the article reached the refused clients: the one has only its own edit, the other nothing.
    expect([...other.doc.store.clients.keys()]).toEqual([other.doc.clientID])
    expect(reader.doc.store.clients.size).toBe(0)
    expect(check.doc.getText('t').toString()).toBe('more secret draft')
    expect(owner.doc.getText('t').toString()).toBe('more secret draft')
  })

  it('gives the same article to everyone of its workspace, each on its own connection', async () => {
    const a = open({ name: 'article-shared', token: workspaces[1].token, publish: true })
    const b = open({ name: 'article-shared', token: workspaces[1].token, publish: true })
    expect(await a.outcome).toBe('synced')
    expect(await b.outcome).toBe('synced')
    a.doc.getMap('quotes').set('q1', { text: 'Do të ndërtojmë' })
    await acknowledged(a)
    await expect.poll(() => b.doc.getMap('quotes').get('q1')).toEqual({ text: 'Do të ndërtojmë' })
  })

  it('refuses a name that is not an article id', async () => {
    const client = open({ name: 'x'.repeat(65), token: workspaces[0].token, publish: true })
    expect(await client.outcome).toEqual({ refused: 'invalid-document-name' })
    const traversal = open({ name: '../etc/passwd', token: workspaces[0].token, publish: true })
    expect(await traversal.outcome).toEqual({ refused: 'invalid-document-name' })
  })
})
