// Soak: three clients make 500 random edits each through a real server (unique tokens inserted into
// and deleted from a Y.Text, keys set in a Y.Map), dropping and restoring their connections at random.
// Afterwards all three hold the same state, the server hands it to a newcomer, and every token
// not deliberately deleted is there exactly once. Fixed seed; loopback; no timing assertions.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { prng } from '../../scripts/bench/core'
import { startServer } from '../../server/createServer'
import { acknowledged, connect, waitFor, type Client } from './clients'

const SEED = 0x5eed
const CLIENTS = 3
const EDITS = 500
const workspaces = [{ name: 'default', token: 'soak-token' }]
const cleanup: Array<() => unknown> = []
afterAll(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

/** Where a token may go: the start, or just after another token's closing bracket. */
function boundaries(text: string): number[] {
  const at = [0]
  for (let i = text.indexOf('>'); i >= 0; i = text.indexOf('>', i + 1)) at.push(i + 1)
  return at
}
const tokensIn = (text: string) => text.match(/<[^>]+>/g) ?? []

describe('soak', () => {
  it(`${CLIENTS} clients × ${EDITS} random edits with random disconnects converge and lose nothing`, async () => {
    const started = Date.now()
    const rand = prng(SEED)
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]
    const dataDir = mkdtempSync(join(tmpdir(), 'redaktor-soak-'))
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const server = await startServer({ port: 0, dataDir, workspaces })
    cleanup.push(() => server.stop())
    const open = () => {
      const client = connect({ url: server.url, name: 'article-soak', token: workspaces[0].token, publish: true })
      cleanup.push(() => client.close())
      return client
    }
    const clients: Client[] = Array.from({ length: CLIENTS }, open)
    expect(await Promise.all(clients.map((c) => c.outcome))).toEqual(clients.map(() => 'synced'))

    const inserted = new Set<string>()
    const deleted = new Set<string>()
    const offlineUntil = clients.map(() => -1)
    const counts = { inserts: 0, deletes: 0, mapSets: 0, disconnects: 0 }

    for (let step = 0; step < EDITS; step++) {
      for (const i of [0, 1, 2].sort(() => rand() - 0.5)) {
        const client = clients[i]
        const text = client.doc.getText('root')
        const r = rand()
        const present = tokensIn(text.toString()).filter((token) => !deleted.has(token))
        if (r < 0.6 || present.length === 0) {
          const token = `<c${i}-${step}>`
          text.insert(pick(boundaries(text.toString())), token)
          inserted.add(token)
          counts.inserts++
        } else if (r < 0.8) {
          const token = pick(present)
          text.delete(text.toString().indexOf(token), token.length)
          deleted.add(token)
          counts.deletes++
        } else {
          client.doc.getMap('quotes').set(`q${Math.floor(rand() * 40)}`, { by: i, step })
          counts.mapSets++
        }
        if (offlineUntil[i] < 0 && rand() < 0.01) {
          void client.goOffline()
          offlineUntil[i] = step + 5 + Math.floor(rand() * 60)
          counts.disconnects++
        } else if (offlineUntil[i] >= 0 && step >= offlineUntil[i]) {
          void client.goOnline()
          offlineUntil[i] = -1
        }
      }
      await new Promise((resolve) => setImmediate(resolve)) // let messages flow between rounds
    }
    await Promise.all(clients.map((client, i) => offlineUntil[i] >= 0 && client.goOnline()))
    const editsDone = Date.now()

    // Keys sorted: each client keeps a map's keys in the order it learnt them.
    const state = (client: Client) => JSON.stringify([client.doc.getText('root').toString(), Object.entries(client.doc.getMap('quotes').toJSON()).sort()])
    await waitFor(() => clients.every((c) => state(c) === state(clients[0])), 'the clients to converge', 30_000)
    await Promise.all(clients.map(acknowledged))
    const converged = Date.now()

    const newcomer = open()
    expect(await newcomer.outcome).toBe('synced')
    expect(state(newcomer)).toBe(state(clients[0]))
    expect(Y.encodeStateVector(newcomer.doc)).toEqual(Y.encodeStateVector(clients[0].doc))

    const final = tokensIn(clients[0].doc.getText('root').toString())
    const expected = [...inserted].filter((token) => !deleted.has(token))
    expect(final.length).toBe(new Set(final).size) // no token twice
    expect(new Set(final)).toEqual(new Set(expected)) // every kept token there, no deleted one back
    expect(clients[0].doc.getText('root').toString()).toBe(final.join('')) // nothing but whole tokens

    console.log(
      `soak: ${CLIENTS} clients × ${EDITS} edits = ${counts.inserts} inserts, ${counts.deletes} deletes, ${counts.mapSets} map sets, ` +
        `${counts.disconnects} disconnects; ${final.length} tokens kept, ${Object.keys(clients[0].doc.getMap('quotes').toJSON()).length} keys; ` +
        `edits ${editsDone - started} ms, converged ${converged - editsDone} ms after, seed ${SEED}`,
    )
  }, 60_000)
})
