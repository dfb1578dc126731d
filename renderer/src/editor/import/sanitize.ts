// Pasted or imported HTML, reduced to what an article can hold: text, paragraphs, headings,
// lists, quotes, emphasis and links with safe URLs. The input is parsed by parse5 into plain
// JavaScript objects, never by the page's own parser: even an inert DOMParser document reports
// an onerror attribute to the page's Content-Security-Policy. Only the clean HTML written here
// ever reaches a DOM parser. Pure: runs in a worker and in Node.
import { html as spec, parse, type DefaultTreeAdapterTypes as T } from 'parse5'
import { isSafeUrl } from '../safeUrl'

/** Elements kept, and the tag they are written as. */
const KEEP: Record<string, string> = {
  p: 'p',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
  br: 'br',
  a: 'a',
  b: 'b',
  strong: 'strong',
  i: 'i',
  em: 'em',
  u: 'u',
  s: 's',
  strike: 's',
  del: 's',
  sub: 'sub',
  sup: 'sup',
  code: 'code',
  span: 'span',
}
// Blocks of other kinds keep their text on lines of its own.
for (const tag of ['div', 'pre', 'article', 'section', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'address', 'center', 'details', 'summary', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hgroup']) {
  KEEP[tag] = 'div'
}

/** Dropped with everything inside: code, styles, embedded and remote content, form controls. */
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area', 'svg', 'math',
  'head', 'title', 'meta', 'link', 'base', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'dialog', 'slot',
])

/** Inline styles that carry emphasis (word processors and Google Docs write them); nothing else. */
const STYLES = new Set(['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'vertical-align'])

// Deeper nesting is flattened: a hostile file of 100,000 nested elements stays within the stack
// of whatever walks the result.
const MAX_DEPTH = 32

const escapeText = (text: string) => text.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'))
const escapeAttribute = (value: string) => value.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'))

function safeStyle(style: string): string {
  const kept: string[] = []
  for (const declaration of style.split(';')) {
    const at = declaration.indexOf(':')
    if (at < 0) continue
    const property = declaration.slice(0, at).trim().toLowerCase()
    const value = declaration.slice(at + 1).trim()
    if (STYLES.has(property) && /^[\w\s.%-]+$/.test(value)) kept.push(`${property}: ${value}`)
  }
  return kept.join('; ')
}

function attributes(tag: string, element: T.Element): string {
  let out = ''
  for (const { name, value } of element.attrs) {
    if (name === 'href' && tag === 'a') out += ` href="${escapeAttribute(value.trim())}"`
    else if (name === 'style') {
      const style = safeStyle(value)
      if (style) out += ` style="${escapeAttribute(style)}"`
    } else if (name === 'start' && tag === 'ol' && /^\d{1,6}$/.test(value)) out += ` start="${value}"`
  }
  return out
}

export interface CleanHtml {
  html: string
  /** False when nothing readable is left (only images, scripts or whitespace). */
  hasText: boolean
}

type Frame = { nodes: T.ChildNode[]; next: number; close: string; depth: number; inList: boolean }

export function sanitizeHtml(input: string): CleanHtml {
  const document = parse(input)
  const root = document.childNodes.find((node): node is T.Element => node.nodeName === 'html')
  const body = root?.childNodes.find((node): node is T.Element => node.nodeName === 'body')
  let html = ''
  let hasText = false
  const stack: Frame[] = [{ nodes: body?.childNodes ?? [], next: 0, close: '', depth: 0, inList: false }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    if (frame.next >= frame.nodes.length) {
      html += frame.close
      stack.pop()
      continue
    }
    const node = frame.nodes[frame.next++]
    if (node.nodeName === '#text') {
      const text = (node as T.TextNode).value
      if (/\S/.test(text)) hasText = true
      html += escapeText(text)
      continue
    }
    if (!('tagName' in node)) continue // comments, doctypes
    const element = node as T.Element
    if (element.namespaceURI !== spec.NS.HTML || DROP.has(element.tagName)) continue
    let tag: string | undefined = KEEP[element.tagName]
    // A list item outside a list is a paragraph; a link to anything but http(s) or mailto is its text.
    if (tag === 'li' && !frame.inList) tag = 'p'
    if (tag === 'a' && !isSafeUrl(element.attrs.find((a) => a.name === 'href')?.value ?? '')) tag = undefined
    if (tag === 'br') {
      html += '<br>'
      continue
    }
    const keep = tag !== undefined && frame.depth < MAX_DEPTH
    if (keep) html += `<${tag}${attributes(tag!, element)}>`
    stack.push({
      nodes: element.childNodes,
      next: 0,
      close: keep ? `</${tag}>` : '',
      depth: keep ? frame.depth + 1 : frame.depth,
      inList: !keep ? frame.inList : tag === 'ul' || tag === 'ol' ? true : tag === 'li' ? false : frame.inList,
    })
  }
  return { html, hasText }
}
