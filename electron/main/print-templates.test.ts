import { describe, expect, it } from 'vitest'
import { footerTemplate, headerTemplate } from './print-templates'

describe('print header and footer', () => {
  it('escapes the title', () => {
    expect(headerTemplate('A <b>“bold”</b> & "x"')).toContain('A &lt;b&gt;“bold”&lt;/b&gt; &amp; &quot;x&quot;')
  })

  it('numbers pages and dates the print through Chromium’s classes', () => {
    const footer = footerTemplate()
    expect(footer).toContain('class="pageNumber"')
    expect(footer).toContain('class="totalPages"')
    expect(footer).toContain('class="date"')
  })
})
