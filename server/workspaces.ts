// Workspaces and their tokens, from REDAKTOR_SERVER_TOKEN: one token (the workspace `default`)
// or `name=token,name2=token2`.
import { createHash, timingSafeEqual } from 'node:crypto'

export interface Workspace {
  name: string
  token: string
}

export const DEFAULT_WORKSPACE = 'default'
const WORKSPACE_NAME = /^[A-Za-z0-9_-]{1,64}$/

/** Thrown for a token variable the server cannot start with; its message says what to change. */
export class WorkspaceConfigError extends Error {}

export function parseWorkspaces(value: string | undefined): Workspace[] {
  const text = value?.trim() ?? ''
  if (!text) {
    throw new WorkspaceConfigError(
      'REDAKTOR_SERVER_TOKEN is not set: give one token (REDAKTOR_SERVER_TOKEN=secret) or one per workspace (REDAKTOR_SERVER_TOKEN=desk=secret1,sport=secret2).',
    )
  }
  if (!text.includes('=')) {
    if (text.includes(',')) throw new WorkspaceConfigError('REDAKTOR_SERVER_TOKEN: a single token cannot contain ","; for several workspaces write name=token,name2=token2.')
    return [{ name: DEFAULT_WORKSPACE, token: text }]
  }
  const workspaces = text.split(',').map((entry, index): Workspace => {
    const at = entry.indexOf('=')
    const name = entry.slice(0, at).trim()
    const token = entry.slice(at + 1).trim()
    if (at < 0 || !WORKSPACE_NAME.test(name) || !token) {
      throw new WorkspaceConfigError(
        `REDAKTOR_SERVER_TOKEN: entry ${index + 1} is not name=token (names are letters, digits, "-" and "_"; a single token for one workspace cannot contain "=").`,
      )
    }
    return { name, token }
  })
  const names = new Set(workspaces.map((w) => w.name))
  if (names.size < workspaces.length) throw new WorkspaceConfigError('REDAKTOR_SERVER_TOKEN: a workspace is named twice.')
  const tokens = new Set(workspaces.map((w) => w.token))
  if (tokens.size < workspaces.length) throw new WorkspaceConfigError('REDAKTOR_SERVER_TOKEN: two workspaces have the same token.')
  return workspaces
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest()

/**
 * The workspace a token opens, or undefined. Tokens are compared as SHA-256 digests with
 * timingSafeEqual (equal lengths, constant time), and every workspace is compared, so the time
 * taken says nothing about which token came close.
 */
export function workspaceForToken(workspaces: readonly Workspace[], token: string): Workspace | undefined {
  const given = digest(token)
  let found: Workspace | undefined
  for (const workspace of workspaces) {
    if (timingSafeEqual(given, digest(workspace.token)) && !found) found = workspace
  }
  return found
}
