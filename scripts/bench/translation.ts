// Benchmark of the translation aligner: statements of 125 to 4,000 sentences, built from the
// lexicon so that every sentence has its own anchors, with sentences dropped, added and merged.
// The baseline, measured in the same run, is the same dynamic programme over the whole matrix.
import { pathToFileURL } from 'node:url'
import { alignUnits, compareTranslation, lexicon, segmentSentences, sentenceFeatures, type AlignUnit } from '../../renderer/src/core/translation'
import entries from '../../renderer/src/core/translation/data/lexicon.en-sq.json' with { type: 'json' }
import { prng } from './core'

const first = (forms: string) => forms.split('|')[0]

/** An English statement of n sentences and its Albanian translation, which drops, adds and merges a few. */
export function statementPair(n: number, seed = 7): { translation: string; original: string } {
  const rand = prng(seed)
  const pick = () => entries[Math.floor(rand() * entries.length)] as [string, string]
  const en: string[] = []
  const sq: string[] = []
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 6 + Math.floor(rand() * 14) }, pick)
    const number = rand() < 0.2 ? String(2 + Math.floor(rand() * 900)) : null
    const e = words.map(([w]) => first(w))
    const s = words.map(([, w]) => first(w))
    if (number) {
      e.splice(1, 0, number)
      s.splice(1, 0, number)
    }
    en.push(`${e.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()))
    const roll = rand()
    const sentence = `${s.join(' ')}.`.replace(/^./, (c) => c.toUpperCase())
    if (roll < 0.01) continue
    if (roll < 0.03 && sq.length > 0) sq[sq.length - 1] = sq[sq.length - 1].replace(/\.$/, `, ${sentence[0].toLowerCase()}${sentence.slice(1)}`)
    else sq.push(sentence)
    if (rand() < 0.01) sq.push('Redaksia shton një koment të sajin për lexuesit.')
  }
  return { translation: sq.join(' '), original: en.join(' ') }
}

function units(text: string, lang: string): AlignUnit[] {
  const lex = lexicon('sq', 'en')
  return segmentSentences(text, lang).map((s) => {
    const f = sentenceFeatures(s, text, lang, lex)
    return { length: s.text.length, anchors: f.anchors }
  })
}

/** The fastest of several batches, each at least `minMs` long: other work on the machine only slows a batch. */
function time(run: () => unknown, minMs = 100, batches = 5): number {
  run()
  let best = Infinity
  for (let batch = 0; batch < batches; batch++) {
    let count = 0
    const start = performance.now()
    while (performance.now() - start < minMs || count < 1) {
      run()
      count++
    }
    best = Math.min(best, (performance.now() - start) / count)
  }
  return best
}

export interface TranslationBenchResult {
  size: number
  bandedMs: number
  fullMs: number
  speedup: number
}

export async function runTranslationBench(log: (line: string) => void = console.log): Promise<TranslationBenchResult> {
  log('  sentences   banded (ms)   full DP (ms)   speedup   banded ms per 100 sentences')
  let at1000: TranslationBenchResult | null = null
  let smallest: number | null = null
  for (const size of [125, 250, 500, 1000, 2000, 4000]) {
    const { translation, original } = statementPair(size)
    const t = units(translation, 'sq')
    const o = units(original, 'en')
    const banded = time(() => alignUnits(t, o))
    const full = size <= 1000 ? time(() => alignUnits(t, o, { band: 'full' }), 1, size >= 1000 ? 2 : 3) : null
    if (full !== null && size === 1000) {
      const same = JSON.stringify(alignUnits(t, o)) === JSON.stringify(alignUnits(t, o, { band: 'full' }))
      at1000 = { size, bandedMs: banded, fullMs: full, speedup: full / banded }
      if (!same) log('  warning: the banded alignment differs from the full one at 1,000 sentences')
    }
    smallest ??= banded / size
    const perHundred = (banded / size) * 100
    log(
      `  ${String(size).padStart(9)}   ${banded.toFixed(1).padStart(11)}   ${full === null ? '          —' : full.toFixed(1).padStart(12)}   ${full === null ? '      —' : `${(full / banded).toFixed(1)}×`.padStart(7)}   ${perHundred.toFixed(2).padStart(10)} (${(banded / size / smallest).toFixed(2)}× the smallest)`,
    )
  }
  const { translation, original } = statementPair(1000)
  const whole = time(() => compareTranslation(translation, original))
  log(`  whole comparison of 1,000 sentences (segmenting, anchors, alignment, findings): ${whole.toFixed(0)} ms`)
  if (!at1000) throw new Error('no measurement at 1,000 sentences')
  log(`  ratio at 1,000 sentences: ${at1000.speedup.toFixed(1)}× faster than the full dynamic programme`)
  return at1000
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runTranslationBench()
