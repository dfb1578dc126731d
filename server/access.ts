// Who may open which document: the token names a workspace, the registry names the document's.
import type { onAuthenticatePayload } from '@hocuspocus/server'
import type { Registry } from './registry'
import { workspaceForToken, type Workspace } from './workspaces'

/** Document names are article ids. */
export const DOCUMENT_NAME = /^[A-Za-z0-9-]{1,64}$/

/**
 * Why a connection to a document was refused; the client receives the string itself.
 *
 * How it gets there (Hocuspocus 3.4.4): when `onAuthenticate` throws, the server's ClientConnection
 * sends a PermissionDenied auth message for that document carrying `error.reason`, or
 * "permission-denied" when the thrown value has no `reason`. The socket stays open (other documents
 * on it go on) and nothing of the document is loaded or sent: the client's sync messages for it wait
 * in a queue that is never read. `HocuspocusProvider` emits `authenticationFailed` with
 * `{ reason }`, the same string, and does not retry until its socket reconnects.
 */
export const Refusal = {
  /** The token belongs to no workspace. */
  wrongToken: 'wrong-token',
  /** Nobody published the document (connect with `?publish=1` to publish it). */
  unknownDocument: 'unknown-document',
  /** The document was published by another workspace. */
  otherWorkspace: 'other-workspace',
  /** The name is not an article id: 1 to 64 letters, digits or "-". */
  invalidDocumentName: 'invalid-document-name',
} as const
export type Refusal = (typeof Refusal)[keyof typeof Refusal]

function refuse(reason: Refusal, documentName: string): never {
  // The message goes to the server's log (Hocuspocus prints it), the reason to the client.
  throw Object.assign(new Error(`refused ${JSON.stringify(documentName.slice(0, 80))}: ${reason}`), { reason })
}

/** The context Hocuspocus keeps for an accepted connection. */
export interface AccessContext {
  workspace: string
}

/**
 * The `onAuthenticate` hook. A connection with `publish=1` in its URL registers an unknown document
 * under its token's workspace; a document registered to one workspace is never opened for another.
 */
export function authenticate(workspaces: readonly Workspace[], registry: Registry) {
  return async ({ token, documentName, requestParameters }: Pick<onAuthenticatePayload, 'token' | 'documentName' | 'requestParameters'>): Promise<AccessContext> => {
    const workspace = workspaceForToken(workspaces, token ?? '')
    if (!workspace) refuse(Refusal.wrongToken, documentName)
    if (!DOCUMENT_NAME.test(documentName)) refuse(Refusal.invalidDocumentName, documentName)
    let owner = await registry.workspaceOf(documentName)
    if (!owner && requestParameters.get('publish') === '1') owner = await registry.publish(documentName, workspace.name)
    if (!owner) refuse(Refusal.unknownDocument, documentName)
    if (owner !== workspace.name) refuse(Refusal.otherWorkspace, documentName)
    return { workspace: workspace.name }
  }
}
