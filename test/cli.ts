// The command line as users run it: the bundle that npm run build makes, started with node.
// Built once per test file into a folder of its own, so a test never runs a stale build.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
// @ts-expect-error -- a plain .mjs script without types
import { buildCli } from '../scripts/build-cli.mjs'

export const root = join(__dirname, '..')
/** The reference case's article and its English original. */
export const seedArticle = join(root, 'test', 'fixtures', 'seed', 'article.sq.txt')
export const seedOriginal = join(root, 'test', 'fixtures', 'seed', 'statement.en.txt')
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

/** Runs the command line with these arguments. */
export const run = (...args: string[]) => runCli(args)

/** A folder of a test file's own for its inputs and outputs, and a way to write a file into it. */
export function scratch(name: string): { dir: string; file: (name: string, data: string | Buffer) => string } {
  const dir = mkdtempSync(join(tmpdir(), `redaktor-${name}-`))
  return {
    dir,
    file(fileName, data) {
      const path = join(dir, fileName)
      writeFileSync(path, data)
      return path
    },
  }
}

/** A refusal as users should see it: exit 2, nothing on stdout, one line on stderr, no stack trace. */
export function expectPlainRefusal(result: { status: number | null; stdout: string; stderr: string }): void {
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0].length).toBeGreaterThan(0)
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal/)
}
