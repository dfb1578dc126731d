// Pure helpers for serving the built renderer over app://: path resolution
// that cannot leave the renderer folder, and content types. The headers are csp.js's.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import mimeTypes from './mime-types.json'

// Shared with scripts/serve.mjs, which serves the same files in web mode.
const MIME_TYPES: Record<string, string> = mimeTypes

export function contentType(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a URL pathname ("/assets/index-abc.js") to a file inside `root`, or
 * null when it would escape `root` or cannot be decoded. "/" means index.html.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  // NUL bytes and backslashes have no business in our asset names; on Windows
  // a backslash would be a separator that URL normalisation never saw.
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html'
  const base = resolve(root)
  const target = resolve(base, relativePath)
  const rel = relative(base, target)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return target
}

/** True when `target` is `root` itself or inside it (for realpath re-checks). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(resolve(root), resolve(target))
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
