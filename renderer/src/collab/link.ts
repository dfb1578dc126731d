/** What an editor sends a colleague: the shared document's name as a link. */
export const shareLink = (doc: string) => `redaktor://shared/${doc}`

const DOC_NAME = /^[A-Za-z0-9-]{1,64}$/

/** The document a pasted link or id names, or null when it names none. */
export function docFromLink(input: string): string | null {
  const text = input.trim()
  const name = text.startsWith('redaktor://shared/') ? text.slice('redaktor://shared/'.length) : text
  return DOC_NAME.test(name) ? name : null
}

/** A server address an editor may enter: ws: or wss:, a host and maybe a port and path. */
export function syncServerUrl(input: string): URL | null {
  try {
    const url = new URL(input.trim())
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname && !url.username && !url.password ? url : null
  } catch {
    return null
  }
}
