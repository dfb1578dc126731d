// `npm run cli -- export ARTICLE --format md --out FILE`, through the real command line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBriefMarkdown } from '../../renderer/src/core/brief'
import { root, runCli } from '../cli'

const seedPath = join(root, 'test', 'fixtures', 'seed', 'article.sq.txt')
const dir = mkdtempSync(join(tmpdir(), 'redaktor-export-'))
const run = (...args: string[]) => runCli(args)

describe('the export command', () => {
  it('writes the Markdown the app writes for an untouched draft, with a second source', async () => {
    const readout = join(dir, 'kremlin.txt')
    writeFileSync(readout, 'Vladimir Putin dhe Donald Trump shprehën interes për normalizimin e marrëdhënieve.')
    const out = join(dir, 'brief.md')
    const result = await run('export', seedPath, '--source', readout, '--author', 'Kremlini', '--format', 'md', '--out', out, '--date', '2025-03-19')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const expected = exportBriefMarkdown(readFileSync(seedPath, 'utf8'), [
      { title: 'kremlin', author: 'Kremlini', text: readFileSync(readout, 'utf8'), path: readout, origin: 'file' },
    ], { date: '2025-03-19', language: 'sq' })
    expect(readFileSync(out, 'utf8')).toBe(expected)
    expect(expected).toContain('  - "kremlin"')
  })

  it.each([
    ['no --format', ['export', seedPath, '--out', join(dir, 'a.md')]],
    ['a format it does not write', ['export', seedPath, '--format', 'pdf', '--out', join(dir, 'a.pdf')]],
    ['no --out', ['export', seedPath, '--format', 'md']],
    ['an --out whose folder is missing', ['export', seedPath, '--format', 'md', '--out', join(dir, 'missing', 'a.md')]],
    ['an --out that is a directory', ['export', seedPath, '--format', 'md', '--out', dir]],
    ['a malformed date', ['export', seedPath, '--format', 'md', '--out', join(dir, 'a.md'), '--date', '19.03.2025']],
    ['--json, which belongs to check', ['export', seedPath, '--json', '--format', 'md', '--out', join(dir, 'a.md')]],
  ])('refuses %s with one line and exit 2', async (_name, args) => {
    const result = await run(...args)
    expect(result.status).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
