import type { Block } from '../core/textImport'

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd'

/**
 * Text blocks from an HTML file. DOMParser builds an inert document: scripts
 * never run and nothing is fetched, so a hostile file yields only its text.
 */
export function htmlToBlocks(html: string): Block[] {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll('script, style, noscript, template, iframe, object').forEach((node) => node.remove())
  const blocks: Block[] = []
  for (const element of doc.body.querySelectorAll(BLOCK_SELECTOR)) {
    // The innermost block wins, so a <p> inside an <li> is read once.
    if (element.querySelector(BLOCK_SELECTOR)) continue
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (!text) continue
    const level = /^H(\d)$/.exec(element.tagName)?.[1]
    blocks.push(level ? { type: 'heading', level: Math.min(3, Number(level)) as 1 | 2 | 3, text } : { type: 'paragraph', text })
  }
  if (blocks.length === 0) {
    const text = (doc.body.textContent ?? '').trim()
    if (text) blocks.push(...text.split(/\n+/).map((line): Block => ({ type: 'paragraph', text: line.trim() })))
  }
  return blocks
}
