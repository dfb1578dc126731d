import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectPlainRefusal, run, scratch, seedArticle as seed } from '../cli'

const { dir, file } = scratch('cli')

const badInputs: Array<[string, () => string[]]> = [
  ['a missing article file', () => ['check', join(dir, 'nope.txt')]],
  ['a directory as the article', () => ['check', dir]],
  ['a binary article', () => ['check', file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]))]],
  ['an empty article', () => ['check', file('empty.txt', '')]],
  ['a whitespace-only article', () => ['check', file('blank.txt', ' \n\t\n ')]],
  ['an unknown flag', () => ['check', seed, '--fast']],
  ['--author without a --source', () => ['check', seed, '--author', 'Kremlini']],
  ['no command at all', () => []],
  ['an unknown command', () => ['verify', seed]],
  ['check without an article', () => ['check']],
  ['a missing source file', () => ['check', seed, '--source', join(dir, 'missing.txt')]],
  ['a source with a broken UTF-16 byte-order mark', () => ['check', seed, '--source', file('bad-source.txt', Buffer.from([0xff, 0xfe, 0x41]))]],
  ['a device as the article (/dev/zero)', () => ['check', '/dev/zero']],
  ['an article over 5 MB', () => ['check', file('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'))]],
  ['--source with no path', () => ['check', seed, '--source']],
]

describe('the check command refuses bad input plainly', () => {
  for (const [name, args] of badInputs) {
    it(`${name}: one line on stderr, exit 2, no stack trace`, async () => {
      expectPlainRefusal(await run(...args()))
    }, 30_000)
  }

  it('prints help and exits 0', async () => {
    const result = await run('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('check ARTICLE')
  }, 30_000)

  it('reads --source files in order, with their path, title and author', async () => {
    const kremlin = file('kremlin.txt', 'Palët shprehën interes për normalizimin e marrëdhënieve dypalëshe.')
    const result = await run('check', seed, '--source', kremlin, '--author', 'Kremlini', '--json')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.sources.map((s: { id: string; origin: string }) => [s.id, s.origin])).toEqual([['s1', 'embedded'], ['s2', 'file']])
    expect(report.sources[1]).toMatchObject({ title: 'kremlin', author: 'Kremlini', path: kremlin, start: null, end: null })
    const moscow = report.quotes.find((q: { text: string }) => q.text === 'normalizimin e marrëdhënieve')
    expect(moscow.checks[1].status).toBe('verbatim')
    expect(moscow.attribution).toBe('consistent')
  }, 30_000)

  it('without --json prints a readable report', async () => {
    const result = await run('check', seed)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('near-verbatim')
    expect(result.stdout).toContain('“SHBA” → source “Shteteve të Bashkuara”')
    expect(result.stdout).toContain('attribution: consistent')
    expect(result.stdout).toMatch(/no source contains:\n\s+30 /)
  }, 30_000)
})
