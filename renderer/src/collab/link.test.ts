import { describe, expect, it } from 'vitest'
import { docFromLink, shareLink, syncServerUrl } from './link'

describe('share links', () => {
  it('reads back the document a link names, or a bare id', () => {
    const doc = '0b6f1a9e-3c1d-4f7a-9d55-2c1e8a7b6f10'
    expect(docFromLink(shareLink(doc))).toBe(doc)
    expect(docFromLink(`  ${doc}\n`)).toBe(doc)
  })
  it('refuses what names no document', () => {
    for (const input of ['', 'redaktor://shared/', 'redaktor://shared/a/b', '../etc', 'x'.repeat(65), 'https://example.org/shared/abc?x=1']) expect(docFromLink(input)).toBeNull()
  })
})

describe('server addresses', () => {
  it('takes ws: and wss: only', () => {
    expect(syncServerUrl('ws://127.0.0.1:1234')?.origin).toBe('ws://127.0.0.1:1234')
    expect(syncServerUrl('wss://sync.example.org')?.host).toBe('sync.example.org')
    for (const input of ['http://a.b', 'javascript:alert(1)', 'ws://user:pw@host', 'not a url', '']) expect(syncServerUrl(input)).toBeNull()
  })
})
