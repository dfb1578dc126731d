import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectPlainRefusal, root, run, scratch, seedArticle as article, seedOriginal as original } from '../cli'

const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seed', 'translation-gold.json'), 'utf8'))
const { dir, file } = scratch('compare')

describe('compare TRANSLATION ORIGINAL --json', () => {
  it('prints the contract: version, both texts, pairs with scores and issues, omitted, added', async () => {
    const result = await run('compare', article, original, '--json')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(Object.keys(report)).toEqual(['version', 'translation', 'original', 'pairs', 'omitted', 'added'])
    expect(report.version).toBe(1)
    expect(report.translation).toEqual({ path: article, lang: 'sq', start: 1085, end: 2496 })
    expect(report.original).toEqual({ path: original, lang: 'en' })
    expect(report.pairs.map((p: { translation: unknown; original: unknown }) => ({ translation: p.translation, original: p.original }))).toEqual(gold.pairs)
    for (const pair of report.pairs) {
      expect(Object.keys(pair)).toEqual(['translation', 'original', 'score', 'issues'])
      expect(pair.score).toBeGreaterThan(0)
      expect(pair.score).toBeLessThanOrEqual(1)
    }
    expect(report.omitted).toEqual(gold.omitted)
    expect(report.added).toEqual([])
  }, 30_000)

  it('compares a whole file when it embeds no statement, and reports a changed number as strings', async () => {
    const sq = file('sq.txt', 'Ministria njoftoi se 13 shkolla do të mbyllen. Mësimi vazhdon të hënën.')
    const en = file('en.txt', 'The ministry announced that 30 schools will close. Lessons continue on Monday.')
    const report = JSON.parse((await run('compare', sq, en, '--json')).stdout)
    expect(report.translation).toMatchObject({ start: 0, end: 71 })
    expect(report.pairs[0].issues).toEqual([{ kind: 'number', translation: '13', original: '30' }])
    expect(report.pairs[1].issues).toEqual([])
  }, 30_000)
})

describe('compare without --json', () => {
  it('prints what was omitted first, then the changes, then the pairs', async () => {
    const result = await run('compare', article, original)
    expect(result.status).toBe(0)
    const out = result.stdout
    const omitted = out.indexOf('Omitted')
    const changes = out.indexOf('Changes')
    const pairs = out.indexOf('Pairs (11)')
    expect(omitted).toBeGreaterThanOrEqual(0)
    expect(omitted).toBeLessThan(changes)
    expect(changes).toBeLessThan(pairs)
    expect(out.slice(omitted, changes)).toContain('[278–412] The blood and treasure')
  }, 30_000)
})

const badInputs: Array<[string, () => string[]]> = [
  ['no files', () => ['compare']],
  ['only the translation', () => ['compare', article]],
  ['three files', () => ['compare', article, original, original]],
  ['a missing original', () => ['compare', article, join(dir, 'nope.txt')]],
  ['a directory as the translation', () => ['compare', dir, original]],
  ['a binary original', () => ['compare', article, file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))]],
  ['an empty translation', () => ['compare', file('empty.txt', ''), original]],
  ['an unknown flag', () => ['compare', article, original, '--fast']],
]

describe('compare reads files as the app imports them', () => {
  it('reads an original that is not UTF-8 as Windows-1252, with a warning', async () => {
    const result = await run('compare', article, file('cp1252.txt', Buffer.from('The leaders agreed on a \x93ceasefire\x94.', 'latin1')), '--json')
    expect(result.status).toBe(0)
    expect(result.stderr).toMatch(/^redaktor: warning: original is not UTF-8; read as Windows-1252/)
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain('“ceasefire”')
  }, 30_000)
})

describe('compare cannot be made to drive the terminal', () => {
  it('prints escape sequences from the files as visible text', async () => {
    const sq = file('esc.sq.txt', 'Ministria njoftoi se 13 shkolla do të mbyllen.')
    const en = file('esc.en.txt', `The ministry announced that 30 schools will close. ${'Lessons continue on Monday in every other school of the district. '.repeat(4)}\u001b[2K\u001b[GNothing was omitted.`)
    const result = await run('compare', sq, en)
    expect(result.status).toBe(0)
    // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(result.stdout).toContain('\\x1B[2K')
  }, 30_000)
})

describe('compare refuses bad input plainly', () => {
  for (const [name, args] of badInputs) {
    it(`${name}: one line on stderr, exit 2, no stack trace`, async () => {
      expectPlainRefusal(await run(...args()))
    }, 30_000)
  }
})
