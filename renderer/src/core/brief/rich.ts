// The lede's rich text: Lexical's JSON read without Lexical, so the core stays pure.
import type { RichParagraph, RichRun } from './model'

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2

interface JsonNode {
  type?: string
  text?: string
  format?: number
  children?: JsonNode[]
}

function runsOf(node: JsonNode, out: RichRun[]): void {
  if (node.type === 'text' && typeof node.text === 'string') {
    const format = typeof node.format === 'number' ? node.format : 0
    const run: RichRun = { text: node.text }
    if (format & BOLD) run.bold = true
    if (format & ITALIC) run.italic = true
    out.push(run)
  } else if (node.type === 'linebreak') out.push({ text: ' ' })
  else if (node.type === 'tab') out.push({ text: ' ' })
  else for (const child of node.children ?? []) runsOf(child, out)
}

/** Paragraphs of a serialised Lexical editor state; empty paragraphs are dropped. */
export function richFromLexicalJson(json: string): RichParagraph[] {
  let state: { root?: JsonNode }
  try {
    state = JSON.parse(json) as { root?: JsonNode }
  } catch {
    return []
  }
  const blocks = state.root?.children ?? []
  return blocks.map((block) => mergeRuns(collect(block))).filter((p) => p.some((r) => r.text.trim() !== ''))
}

function collect(block: JsonNode): RichRun[] {
  const out: RichRun[] = []
  runsOf(block, out)
  return out
}

/** Neighbouring runs with the same formatting become one. */
export function mergeRuns(runs: RichRun[]): RichRun[] {
  const out: RichRun[] = []
  for (const run of runs) {
    if (run.text === '') continue
    const last = out.at(-1)
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text
    else out.push({ ...run })
  }
  return out
}

/** Plain text as paragraphs of one unformatted run each. */
export function richFromPlain(text: string): RichParagraph[] {
  return text
    .split(/\n+/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => [{ text: line }])
}

export function plainFromRich(paragraphs: RichParagraph[]): string {
  return paragraphs.map((p) => p.map((r) => r.text).join('')).join('\n')
}
