import { describe, expect, it } from 'vitest'
import { checkArticle, collectSources, detectQuotes, type CheckReport } from '../../renderer/src/core/index'
import { buildBriefDraft } from '../../renderer/src/core/brief'
import { checkInputs, IncrementalChecker } from '../../renderer/src/panes/checks/checker'
import { run, scratch } from '../cli'
import { fixtureCases, seedCase, type FixtureCase } from '../fixtureCases'

// One attribution: for every quote of every fixture, the command line, the Checks pane's worker
// and the brief draft say the same, because all three ask the same function.

/** What the Checks pane's worker answers for the article's suggestions, as the pane asks it. */
function workerAttributions(c: FixtureCase): Map<string, string> {
  const { quotes } = detectQuotes(c.article)
  const items = quotes.map((q) => ({ id: q.id, text: q.text, row: null, suggestion: q }))
  const sources = collectSources(c.article, c.sources ?? []).map((s) => ({ id: s.id, title: s.title, text: s.text, author: s.author }))
  const round = new IncrementalChecker().run(checkInputs(items, () => null), sources, { articleText: c.article })
  return new Map(round.results.map((r) => [r.quoteId, r.attribution]))
}

function briefAttributions(c: FixtureCase): Map<string, string> {
  const draft = buildBriefDraft({ articleText: c.article, extraSources: c.sources ?? [] })
  return new Map(draft.quotes.map((q) => [q.key, q.attribution]))
}

describe('one attribution everywhere', () => {
  for (const c of [seedCase, ...fixtureCases]) {
    it(`the CLI, the Checks pane and the brief agree on “${c.name}”`, () => {
      const report = checkArticle(c.article, c.sources ?? [])
      const worker = workerAttributions(c)
      const brief = briefAttributions(c)
      for (const q of report.quotes) {
        expect(worker.get(q.id), `worker: ${q.text}`).toBe(q.attribution)
        if (!q.parent) expect(brief.get(q.id), `brief: ${q.text}`).toBe(q.attribution)
      }
    })
  }

  it('the command line itself gives the same attributions', async () => {
    const { file } = scratch('attribution')
    const sample = fixtureCases.filter((c) => (c.sources ?? []).length > 0 && /mismatch/.test(c.name)).slice(0, 3)
    expect(sample.length).toBeGreaterThan(0)
    for (const [n, c] of sample.entries()) {
      const args = ['check', file(`article-${n}.txt`, c.article)]
      ;(c.sources ?? []).forEach((s, i) => {
        args.push('--source', file(`source-${n}-${i}.txt`, s.text))
        if (s.author) args.push('--author', s.author)
      })
      const cli = JSON.parse((await run(...args, '--json')).stdout) as CheckReport
      // The CLI titles a file source by its name; attribution must not depend on that.
      const inProcess = checkArticle(c.article, (c.sources ?? []).map((s, i) => ({ ...s, title: `source-${n}-${i}` })))
      expect(cli.quotes.map((q) => q.attribution)).toEqual(inProcess.quotes.map((q) => q.attribution))
    }
  }, 60_000)
})
