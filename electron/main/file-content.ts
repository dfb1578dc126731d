// Pure helpers for the save dialogs: a safe default name and its extension.

/**
 * The renderer only suggests a name; it never chooses a folder. Keep the last
 * path segment and drop characters that Windows, macOS or Linux refuse.
 */
export function safeFileName(suggested: string, fallback = 'redaktor'): string {
  const last = suggested.split(/[\\/]/).pop() ?? ''
  const cleaned = last
    // eslint-disable-next-line no-control-regex -- control characters are what this rejects
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
  return cleaned || fallback
}

/** "Brief" → "Brief.pdf"; "Brief.PDF" stays as it is. */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`
}
