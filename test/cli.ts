// The command line as users run it: the bundle that npm run build makes, started with node.
// Built once per test file into a folder of its own, so a test never runs a stale build.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error -- a plain .mjs script without types
import { buildCli } from '../scripts/build-cli.mjs'

export const root = join(__dirname, '..')
let bundle: Promise<string> | undefined

export function cliBundle(): Promise<string> {
  bundle ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'redaktor-cli-build-'))
    await (buildCli as (options: { outDir: string }) => Promise<void>)({ outDir })
    return join(outDir, 'redaktor.mjs')
  })()
  return bundle
}

export async function runCli(args: string[], options: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, [await cliBundle(), ...args], { encoding: 'utf8', cwd: root, timeout: 20_000, ...options }) as ReturnType<typeof spawnSync> & {
    stdout: string
    stderr: string
  }
}
