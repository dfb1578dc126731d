// Markdown to HTML with markdown-it, whose parser runs in linear time: CommonMark paragraphs
// (hard-wrapped lines join), ATX and setext headings, emphasis, lists, quotes and links.
// Raw HTML in the Markdown stays text. The result goes through sanitizeHtml like any HTML.
import MarkdownIt from 'markdown-it'

const markdownIt = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false })
// Every link is parsed; sanitizeHtml keeps those with safe URLs and leaves the others as their
// text, so that Markdown and HTML follow one rule.
markdownIt.validateLink = () => true

export function markdownToHtml(markdown: string): string {
  return markdownIt.render(markdown)
}
