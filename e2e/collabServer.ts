import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The sharing server of one test: its own loopback port, data folder and workspace token. */
export interface CollabServer {
  /** The address an editor types into the settings, e.g. `ws://127.0.0.1:41234`. */
  url: string
  token: string
  dataDir: string
  /** Resolves once the server accepts connections; rejects with its output if it exits or never listens. */
  listening: () => Promise<void>
  /** What the server printed so far, for a failing test's report. */
  output: () => string
  stop: () => Promise<void>
}

/** A port nobody listens on right now: the system's choice for port 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Starts `server/main.ts` with tsx, as `npm run server` does, on a free loopback port with a fresh data folder.
 * It returns at once, so the browsers open while the server starts; whatever needs the server awaits `listening()`.
 */
export async function startCollabServer(token: string): Promise<CollabServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'redaktor-collab-'))
  // Its own process group, so that stopping it also stops the node process tsx starts.
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    env: { ...process.env, REDAKTOR_SERVER_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  let ready: Promise<void> | undefined
  const listening = () =>
    (ready ??= (async () => {
      const deadline = Date.now() + 60_000
      while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`the collaboration server exited (${child.exitCode ?? child.signalCode}) before listening:\n${output}`)
        }
        if (await accepts(port)) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`the collaboration server did not listen on port ${port} within 60 s:\n${output}`)
    })())

  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The group is already gone.
    }
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signal('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    }
    // Whatever of the group outlived SIGTERM (tsx's own child included).
    signal('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  }
  return { url: `ws://127.0.0.1:${port}`, token, dataDir, listening, output: () => output, stop }
}
