// Collaboration through the server, against the same Y.Docs exchanging updates directly in-process
// (no server, no socket), measured in the same run:
//  1. latency of one typed character from one client to another (median and 95th percentile of 200);
//  2. time to converge when two clients, both offline, made 200 edits each and reconnect (median of 7).
// A real server on a loopback port, real Hocuspocus providers over `ws`.
// Run: npx tsx scripts/bench/collab.ts
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import * as Y from 'yjs'
import { startServer, type RunningServer } from '../../server/createServer'
import { acknowledged, connect, whenUpdated, type Client } from '../../test/server/clients'
import { median } from './browser'
import { prng } from './core'

const KEYSTROKES = 200
const OFFLINE_EDITS = 200
const RUNS = 7
const TOKEN = 'bench-token'

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]
const format = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`)

/** Two docs joined directly: each update of one is applied to the other, as a server would relay it. */
function directPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc()
  const b = new Y.Doc()
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, update, a))
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, update, b))
  return [a, b]
}

/** Types KEYSTROKES characters into `from`, one at a time, and times each until `to` shows it. */
async function keystrokeLatency(from: Y.Doc, to: Y.Doc): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < KEYSTROKES; i++) {
    const target = from.getText('root').length + 1
    const start = performance.now()
    from.getText('root').insert(from.getText('root').length, 'a')
    await whenUpdated([to], () => to.getText('root').length === target)
    times.push(performance.now() - start)
  }
  return times
}

/** Word inserts and deletes at random places, as an editor working offline would make them. */
function offlineEdits(doc: Y.Doc, rand: () => number): void {
  const text = doc.getText('root')
  for (let i = 0; i < OFFLINE_EDITS; i++) {
    const at = Math.floor(rand() * (text.length + 1))
    if (rand() < 0.8 || text.length < 10) text.insert(at, `fjala${i} `)
    else text.delete(Math.min(at, text.length - 5), 5)
  }
}

const STARTING_TEXT = 'Kryeministri deklaroi sot se qeveria do të ndërtojë 50 shkolla të reja. '.repeat(40)

async function reconnectThroughServer(server: RunningServer, run: number): Promise<number> {
  const name = `bench-reconnect-${run}`
  const open = (publish: boolean): Client => connect({ url: server.url, name, token: TOKEN, publish })
  const a = open(true)
  const b = open(true)
  try {
    await Promise.all([a.outcome, b.outcome])
    a.doc.getText('root').insert(0, STARTING_TEXT)
    await whenUpdated([b.doc], () => b.doc.getText('root').length === STARTING_TEXT.length)
    await Promise.all([acknowledged(a), acknowledged(b)])
    await Promise.all([a.goOffline(), b.goOffline()])
    offlineEdits(a.doc, prng(run * 2 + 1))
    offlineEdits(b.doc, prng(run * 2 + 2))
    const start = performance.now()
    const same = () => a.doc.getText('root').toString() === b.doc.getText('root').toString()
    const converged = whenUpdated([a.doc, b.doc], same)
    await Promise.all([a.goOnline(), b.goOnline()])
    await converged
    const ms = performance.now() - start
    await Promise.all([acknowledged(a), acknowledged(b)])
    return ms
  } finally {
    a.close()
    b.close()
  }
}

function reconnectDirect(run: number): number {
  const a = new Y.Doc()
  const b = new Y.Doc()
  a.getText('root').insert(0, STARTING_TEXT)
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  offlineEdits(a, prng(run * 2 + 1))
  offlineEdits(b, prng(run * 2 + 2))
  const start = performance.now()
  // The sync protocol's exchange: each sends its state vector, the other answers with what is missing.
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  Y.applyUpdate(a, forA)
  Y.applyUpdate(b, forB)
  const ms = performance.now() - start
  if (a.getText('root').toString() !== b.getText('root').toString()) throw new Error('the direct pair did not converge')
  return ms
}

export async function runCollabBench(log: (line: string) => void = console.log): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaktor-bench-'))
  const server = await startServer({ port: 0, dataDir, workspaces: [{ name: 'default', token: TOKEN }] })
  try {
    const a = connect({ url: server.url, name: 'bench-latency', token: TOKEN, publish: true })
    const b = connect({ url: server.url, name: 'bench-latency', token: TOKEN, publish: true })
    await Promise.all([a.outcome, b.outcome])
    await keystrokeLatency(a.doc, b.doc) // warm-up
    const served = await keystrokeLatency(a.doc, b.doc)
    a.close()
    b.close()
    const [x, y] = directPair()
    await keystrokeLatency(x, y)
    const direct = await keystrokeLatency(x, y)
    log(
      `Keystroke from one client to another, ${KEYSTROKES} in a row: through the server median ${format(median(served))}, 95th percentile ${format(percentile(served, 0.95))}; ` +
        `direct in-process median ${format(median(direct))} (${(median(served) / median(direct)).toFixed(0)}× that)`,
    )

    const throughServer: number[] = []
    const directly: number[] = []
    for (let run = 0; run < RUNS; run++) {
      throughServer.push(await reconnectThroughServer(server, run))
      directly.push(reconnectDirect(run))
    }
    log(
      `Reconnect after ${OFFLINE_EDITS} offline edits on each side (${STARTING_TEXT.length} characters to start), median of ${RUNS}: ` +
        `through the server ${format(median(throughServer))} (runs ${throughServer.map((ms) => ms.toFixed(0)).join(', ')} ms); ` +
        `direct state-vector exchange ${format(median(directly))} (${(median(throughServer) / median(directly)).toFixed(0)}× that)`,
    )
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCollabBench()
