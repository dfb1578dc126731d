import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentSecurityPolicy, securityHeaders, syncOriginOf } from './csp.js'

/** The policy's directives by name: "connect-src" → ["'self'", ...]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
}

describe('syncOriginOf: a collaboration server address as a bare ws:/wss: origin', () => {
  it('accepts ws: and wss: with a host and an optional port, and answers the canonical origin', () => {
    expect(syncOriginOf('ws://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234')
    expect(syncOriginOf('wss://sync.example.org')).toBe('wss://sync.example.org')
    expect(syncOriginOf('ws://localhost:1234/')).toBe('ws://localhost:1234')
    expect(syncOriginOf('WSS://Sync.Example.ORG:8443')).toBe('wss://sync.example.org:8443')
    expect(syncOriginOf('wss://sync.example.org:443')).toBe('wss://sync.example.org')
    expect(syncOriginOf('ws://sync-1.redaksia.al:80')).toBe('ws://sync-1.redaksia.al')
  })

  it('refuses what would add more than one origin to the policy, or change its meaning', () => {
    for (const hostile of [
      "ws://a.b:1 'unsafe-inline'",
      'ws://x;script-src *',
      'ws://x; script-src *',
      'ws://a.b ws://c.d',
      'ws://*',
      'ws://*.example.org',
      "ws://'self'",
      'ws://a.b:1,wss://c.d',
      'ws://a.b\n',
      ' ws://a.b',
      'ws://a.b\tc',
    ]) {
      expect(syncOriginOf(hostile), hostile).toBeNull()
    }
  })

  it('refuses other schemes, credentials, paths, queries and fragments', () => {
    for (const bad of [
      'javascript:',
      'javascript:alert(1)',
      'http://127.0.0.1:1234',
      'https://sync.example.org',
      'data:text/plain,x',
      'ws:',
      'ws://',
      'ws:sync.example.org',
      'wss://user:pw@h',
      'wss://user@h',
      'ws://h:1234/collab',
      'ws://h:1234?publish=1',
      'ws://h:1234#x',
      'ws://h:1234//',
      'ws://h:99999',
      'ws://h:0',
      'ws://h:',
      'ws://a..b',
      'ws://a.b.',
      'ws://[::1]:1234',
      'ws://ëxample.al',
      'ws://h%2f',
      '',
    ]) {
      expect(syncOriginOf(bad), bad).toBeNull()
    }
  })

  it('refuses very long strings and anything that is not a string', () => {
    expect(syncOriginOf(`wss://${'a'.repeat(300)}.org`)).toBeNull()
    expect(syncOriginOf(`wss://${'a.'.repeat(200_000)}org`)).toBeNull()
    expect(syncOriginOf(`ws://h:1${' '.repeat(1_000_000)}x`)).toBeNull()
    for (const value of [null, undefined, 42, {}, ['ws://h'], new URL('ws://h')]) expect(syncOriginOf(value)).toBeNull()
  })
})

describe('contentSecurityPolicy', () => {
  it('without a collaboration server connects to nothing but the app itself', () => {
    for (const none of [null, undefined]) expect(contentSecurityPolicy(none)).toBe(CONTENT_SECURITY_POLICY)
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'self'"])
    expect(SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no eval, no inline script and no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"])
    expect(directives(CONTENT_SECURITY_POLICY).get('object-src')).toEqual(["'none'"])
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"])
  })

  it('adds the server\'s canonical origin to connect-src and changes nothing else', () => {
    const policy = contentSecurityPolicy('WS://127.0.0.1:1234/')
    expect(directives(policy).get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:1234'])
    const before = directives(CONTENT_SECURITY_POLICY)
    const after = directives(policy)
    expect([...after.keys()]).toEqual([...before.keys()])
    for (const [name, values] of before) if (name !== 'connect-src') expect(after.get(name), name).toEqual(values)
  })

  it('adds nothing for an address that is not a bare origin', () => {
    for (const hostile of ["ws://a.b:1 'unsafe-inline'", 'ws://x;script-src *', 'http://h', 'wss://user:pw@h', `wss://${'a'.repeat(5000)}`]) {
      expect(contentSecurityPolicy(hostile), hostile).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('securityHeaders carries the same headers with that policy', () => {
    const headers = securityHeaders('wss://sync.example.org')
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy('wss://sync.example.org'))
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (name !== 'content-security-policy') expect(headers[name]).toBe(value)
    expect(securityHeaders(null)).toEqual(SECURITY_HEADERS)
  })
})
