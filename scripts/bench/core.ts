// Benchmark of the analysis core: the seed article, a synthetic 1 MB article with 2,000 quotes
// against a 1 MB source, and how time grows with size. The baseline, measured in the same run,
// is the naive approach: approx-string-match (Myers) run per quote over each whole source.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import search from 'approx-string-match'
import { checkArticle, normalise } from '../../renderer/src/core/index'

const here = dirname(fileURLToPath(import.meta.url))
const seedPath = join(here, '..', '..', 'test', 'fixtures', 'seed', 'article.sq.txt')

/** mulberry32: a small seeded PRNG, so every run builds the same texts. */
export function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BASE_WORDS = `qeveria buxheti rritje pagave mësuesit mjekët investim infrastruktura rrugore ministri kryeministri
presidenti kuvendi seanca ligji reforma drejtësia gjykata prokuroria zgjedhjet partia opozita shumica bashkia
qyteti fshati shkolla spitali shëndetësia vaksina pacientët ekonomia inflacioni çmimet energjia rryma uji
turizmi bujqësia fermerët eksportet importet banka kredia euro lekë tregu biznesi taksat doganat policia
kufiri siguria ushtria paqja lufta armëpushimi negociatat marrëveshja bashkëpunimi rajoni evropa integrimi
kapitujt komisioni raporti progresi sfidat korrupsioni transparenca qytetarët të drejtat liria media gazeta
ndeshja skuadra trajneri lojtarët stadiumi kampionati fitore humbje golat tifozët sezoni klubi federata
do të në për me nga që se dhe e i një ka kanë është janë ishte u nuk po si por edhe më shumë pak
fillojë përfundojë vazhdojë forcojë mbështesë ndërtojë hapë mbyllë rrisë ulë sjellë kërkojë pranojë
menjëherë sot nesër vitin muajin javën ditën kombëtar rajonal ndërkombëtar i ri e re të mëdha të vogla
Tirana Durrësi Shkodra Vlora Elbasani Korça Prishtina Brukseli Uashingtoni Moska Kievi Roma Athina`.split(/\s+/)

const SYLLABLES = ['ba', 'shk', 'ri', 'më', 'ta', 'ndë', 'lo', 've', 'ës', 'ri', 'zh', 'qe', 'ja', 'ku', 'ra', 'ni', 'to', 'gj', 'll', 'rr']

function vocabulary(rand: () => number, size: number): string[] {
  const words = [...BASE_WORDS]
  while (words.length < size) {
    let w = ''
    const n = 2 + Math.floor(rand() * 3)
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]
    words.push(w)
  }
  return words
}

/** Zipf-like pick: common words often, the long tail rarely. */
function picker(rand: () => number, words: string[]) {
  return () => words[Math.min(words.length - 1, Math.floor(words.length * Math.pow(rand(), 2.2)))]
}

function sentence(rand: () => number, pick: () => string, min = 8, max = 24): string {
  const n = min + Math.floor(rand() * (max - min))
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(rand() < 0.03 ? String(Math.floor(rand() * 5000)) : pick())
  const s = out.join(' ')
  return s[0].toUpperCase() + s.slice(1) + (rand() < 0.1 ? '!' : '.')
}

export interface Synthetic {
  article: string
  source: string
  quotes: string[]
}

export function synthesise(bytes: number, quoteCount: number, seed = 42): Synthetic {
  const rand = prng(seed)
  const pick = picker(rand, vocabulary(rand, 6000))
  const sourceSentences: string[] = []
  let size = 0
  while (size < bytes) {
    const s = sentence(rand, pick)
    sourceSentences.push(s)
    size += s.length + 1
  }
  const source = sourceSentences.join(' ')
  const sourceWords = source.split(' ')
  const speakers = ['tha Rama', 'deklaroi Kremlini', 'shtoi ministri', 'tha Shtëpia e Bardhë', 'njoftoi Banka e Shqipërisë']
  const quotes: string[] = []
  const parts: string[] = []
  let articleSize = 0
  const perQuote = bytes / quoteCount
  for (let q = 0; q < quoteCount; q++) {
    const len = 6 + Math.floor(rand() * 14)
    const kind = q % 3
    let words: string[]
    if (kind === 2) {
      words = Array.from({ length: len }, pick)
    } else {
      const at = Math.floor(rand() * (sourceWords.length - len))
      words = sourceWords.slice(at, at + len).map((w) => w.replace(/[.!]$/, ''))
      if (kind === 1) {
        // Alter one word: an inflection, a function word or a figure.
        const i = Math.floor(rand() * words.length)
        const w = words[i]
        words[i] = /^\d+$/.test(w) ? String(Number(w) + 7) : w === 'që' ? 'se' : w.length > 4 ? w.slice(0, -1) + 'ët' : w
      }
    }
    const quote = words.join(' ')
    quotes.push(quote)
    let para = `“${quote}”, ${speakers[q % speakers.length]}.`
    while (para.length < perQuote - 60) para += ' ' + sentence(rand, pick)
    parts.push(para)
    articleSize += para.length + 1
  }
  while (articleSize < bytes) {
    const s = sentence(rand, pick)
    parts.push(s)
    articleSize += s.length + 1
  }
  return { article: parts.join('\n'), source, quotes }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time<T>(f: () => T): [number, T] {
  const t0 = performance.now()
  const r = f()
  return [performance.now() - t0, r]
}

/** The naive baseline: Myers over the whole normalised source for each quote, timed on a sample. */
function baseline(data: Synthetic, sample: number): { perQuote: number; total: number; sampled: number } {
  const view = normalise(data.source).text
  const step = Math.max(1, Math.floor(data.quotes.length / sample))
  const picked = data.quotes.filter((_, i) => i % step === 0).slice(0, sample)
  const [ms] = time(() => {
    for (const q of picked) {
      const p = normalise(q).text
      search(view, p, Math.floor(p.length * 0.25))
    }
  })
  const perQuote = ms / picked.length
  return { perQuote, total: perQuote * data.quotes.length, sampled: picked.length }
}

export interface CoreBenchResult {
  seedMs: number
  synthetic: { bytes: number; quotes: number; ms: number; baselineMs: number; speedup: number; sampled: number }
  scaling: Array<{ mb: number; quotes: number; ms: number; msPerMb: number }>
}

export async function runCoreBench(log: (line: string) => void = console.log): Promise<CoreBenchResult> {
  const seed = readFileSync(seedPath, 'utf8')
  for (let i = 0; i < 50; i++) checkArticle(seed, [])
  const seedTimes = Array.from({ length: 300 }, () => time(() => checkArticle(seed, []))[0])
  const seedMs = median(seedTimes)
  log(`seed article (2.7 kB, 5 quotes, 1 embedded source): median ${seedMs.toFixed(2)} ms over ${seedTimes.length} runs`)

  const MB = 1024 * 1024
  const data = synthesise(MB, 2000)
  checkArticle(synthesise(64 * 1024, 100, 7).article, [{ text: synthesise(64 * 1024, 100, 7).source }]) // warm the JIT
  const [ms, report] = time(() => checkArticle(data.article, [{ text: data.source, author: 'Kremlini' }]))
  const counts: Record<string, number> = {}
  for (const q of report.quotes) counts[q.checks[0].status] = (counts[q.checks[0].status] ?? 0) + 1
  const base = baseline(data, 40)
  const speedup = base.total / ms
  log(`synthetic 1 MB article, ${report.quotes.length} quotes, against a 1 MB source: ${ms.toFixed(0)} ms (cold, index included)`)
  log(`  statuses: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  log(`  baseline (approx-string-match per quote over the whole source): ${base.perQuote.toFixed(1)} ms/quote, timed on ${base.sampled} quotes and extrapolated to ${data.quotes.length}: ~${(base.total / 1000).toFixed(1)} s`)
  log(`  ratio: ${speedup.toFixed(1)}× faster than the baseline`)

  const scaling: CoreBenchResult['scaling'] = []
  for (const mb of [0.25, 0.5, 1]) {
    const d = synthesise(Math.round(mb * MB), Math.round(2000 * mb), 1000 + mb * 8)
    const [t] = time(() => checkArticle(d.article, [{ text: d.source }]))
    scaling.push({ mb, quotes: d.quotes.length, ms: t, msPerMb: t / mb })
    log(`scaling: ${mb} MB article + ${mb} MB source, ${d.quotes.length} quotes: ${t.toFixed(0)} ms (${(t / mb).toFixed(0)} ms per MB)`)
  }
  return { seedMs, synthetic: { bytes: data.article.length, quotes: report.quotes.length, ms, baselineMs: base.total, speedup, sampled: base.sampled }, scaling }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCoreBench().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  })
}
