// The renderer's security headers and its Content-Security-Policy, one source for app://
// (static.ts, protocol.ts) and web mode (scripts/serve.mjs). Plain JavaScript with its types in
// csp.d.ts, because serve.mjs runs under node as it is; nothing here imports anything.

/** Headers on every response that serves the renderer. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
}
// One literal in one assignment: that is the shape electronegativity's CSP
// check recognises, so the security scan evaluates this very policy.
SECURITY_HEADERS['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The policy with no collaboration server: the renderer connects to nothing but itself. */
export const CONTENT_SECURITY_POLICY = SECURITY_HEADERS['content-security-policy']

// No name this long is a server address; the cap also keeps hostile input cheap to refuse.
const MAX_ORIGIN_LENGTH = 255
// ws: or wss:, a host of DNS labels (or an IPv4 address), an optional port, at most a bare "/".
// Nothing else: no credentials, path, query, fragment, wildcard, quote, space or semicolon, any of
// which would change the policy's meaning. No IPv6 literal: CSP's host-source has no brackets.
const ORIGIN = /^wss?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::[0-9]{1,5})?\/?$/i

/**
 * The canonical origin ("wss://sync.example.org", "ws://127.0.0.1:1234") of a collaboration
 * server address, or null when the address is anything more or other than that.
 */
export function syncOriginOf(value) {
  if (typeof value !== 'string' || value.length > MAX_ORIGIN_LENGTH || !ORIGIN.test(value)) return null
  let url
  try {
    url = new URL(value)
  } catch {
    return null
  }
  // WHATWG URL lower-cases scheme and host, drops the scheme's default port and rejects ports
  // above 65535; what it gives back must still be a bare origin.
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash || url.port === '0') return null
  const origin = `${url.protocol}//${url.host}`
  return ORIGIN.test(origin) ? origin : null
}

/**
 * The renderer's CSP, admitting the collaboration server's origin in connect-src when one is
 * configured. An address that is not a bare ws:/wss: origin adds nothing.
 */
export function contentSecurityPolicy(syncOrigin) {
  const origin = syncOrigin == null ? null : syncOriginOf(syncOrigin)
  if (!origin) return CONTENT_SECURITY_POLICY
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => (directive.startsWith('connect-src ') ? `${directive} ${origin}` : directive))
    .join('; ')
}

/** SECURITY_HEADERS with the CSP for this collaboration origin (see contentSecurityPolicy). */
export function securityHeaders(syncOrigin) {
  return { ...SECURITY_HEADERS, 'content-security-policy': contentSecurityPolicy(syncOrigin) }
}
