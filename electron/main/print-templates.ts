// Header and footer for webContents.printToPDF. Chromium fills the elements
// with classes pageNumber, totalPages and date; everything else is ours, so
// the title is escaped. The templates get no page CSS, hence inline sizes.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

const box = 'width:100%;margin:0 0.7in;font-family:sans-serif;font-size:8pt;color:#555;display:flex;justify-content:space-between'

export function headerTemplate(title: string): string {
  return `<div style="${box}"><span>${escapeHtml(title)}</span></div>`
}

/** "Faqja X nga Y" (page X of Y) on the left, the print date on the right. */
export function footerTemplate(): string {
  return `<div style="${box}"><span>Faqja <span class="pageNumber"></span> nga <span class="totalPages"></span></span><span class="date"></span></div>`
}

// Inches. Room for the header and footer above and below the text.
export const PDF_MARGINS = { top: 0.8, bottom: 0.8, left: 0.7, right: 0.7 } as const

// The print document is self-contained (fonts and images inlined). This CSP, sent as a header
// with the document (pdf.ts), makes sure it stays so: no script, no network, no local files.
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'"
