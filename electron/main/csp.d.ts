// Types of csp.js (plain JavaScript so that scripts/serve.mjs can import it under node).

/** Headers on every response that serves the renderer, the CSP without a collaboration server included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>>
/** The policy with no collaboration server. */
export const CONTENT_SECURITY_POLICY: string
/** The canonical ws:/wss: origin of a collaboration server address, or null when it is not a bare origin. */
export function syncOriginOf(value: unknown): string | null
/** The renderer's CSP, with the collaboration server's origin in connect-src when one is given and valid. */
export function contentSecurityPolicy(syncOrigin: string | null | undefined): string
/** SECURITY_HEADERS with contentSecurityPolicy(syncOrigin) as the CSP. */
export function securityHeaders(syncOrigin: string | null | undefined): Record<string, string>
