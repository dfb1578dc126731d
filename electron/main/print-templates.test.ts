import { describe, expect, it } from 'vitest'
import { footerTemplate, headerTemplate, withPrintCsp } from './print-templates'

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

describe('withPrintCsp', () => {
  it('puts the CSP first in <head>', () => {
    const out = withPrintCsp('<!doctype html><html><head lang="sq"><title>x</title></head><body></body></html>')
    expect(out).toMatch(/^<!doctype html><html><head lang="sq"><meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*"><title>/)
  })

  it('adds it after the doctype when there is no <head>, and ignores <header>', () => {
    expect(withPrintCsp('<!DOCTYPE html><header>h</header>')).toMatch(/^<!DOCTYPE html><meta http-equiv="Content-Security-Policy"[^>]*><header>/)
    expect(withPrintCsp('<p>x</p>')).toMatch(/^<meta http-equiv/)
  })
})
