// The generalisation suite's renaming: every person and body in the fixture cases replaced by a
// name no built-in list holds (test/fixtures/renamed/rename.json), in all its case forms and in
// capitals, as whole words, longest form first, in one pass.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Table {
  people: Array<{ from: string[]; to: string[] }>
  bodies: Array<{ from: string[]; to: string[] }>
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'renamed')
const table = JSON.parse(readFileSync(join(dir, 'rename.json'), 'utf8')) as Table

// Each form also in capitals, as a transcript's labels write names ("ZËVENDËSMINISTRJA ELONA RAMA:").
const pairs = [...table.people, ...table.bodies]
  .flatMap((e) => e.from.flatMap((from, i) => [[from, e.to[i]] as const, [from.toUpperCase(), e.to[i].toUpperCase()] as const]))
  .filter(([from], i, all) => all.findIndex(([other]) => other === from) === i)
  .sort((a, b) => b[0].length - a[0].length)
const mapping = new Map(pairs)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A whole word: no letter or digit before; no letter or digit, and no "-letter", after.
const pattern = new RegExp(pairs.map(([from]) => `(?<![\\p{L}\\p{N}_])${escape(from)}(?![\\p{L}\\p{N}_])(?!-\\p{L})`).join('|'), 'gu')

export function rename(text: string): string {
  return text.replace(pattern, (m) => mapping.get(m) ?? m)
}

const KEEP = new Set(['name', 'topic', 'note', 'about', 'why'])

/** A copy of a fixture case (or any JSON value) with every name renamed, except in its labels. */
export function renameCase<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (KEEP.has(key) ? value : rename(value)) as T
  if (Array.isArray(value)) return value.map((v) => renameCase(v, key)) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameCase(v, k)])) as T
  return value
}

export const renamedSeed = {
  article: readFileSync(join(dir, 'seed-renamed.sq.txt'), 'utf8'),
  gold: JSON.parse(readFileSync(join(dir, 'seed-gold-renamed.json'), 'utf8')) as { quotes: Array<{ text: string; start: number; end: number; speaker: string[] }> },
}
