import { useEffect, useRef, useState } from 'react'
import { database, getSetting, type Article } from '../../db'
import type { SharedSession, SyncStatus } from '../../collab/session'

export interface SharedArticleState {
  session: SharedSession
  status: SyncStatus
  user: { name: string; color: string }
}

const ANONYMOUS = { name: '?', color: '#64748b' }

/**
 * While a shared article is open: its document (local copy first, then the server) and the mirror
 * that keeps the article's rows in Dexie in step with it. Closed when the article is.
 */
export function useSharedSession(article: Article | null, onError: (error: unknown) => void): SharedArticleState | null {
  const [state, setState] = useState<SharedArticleState | null>(null)
  // A new error handler is no reason to open the document again: the editor's binding keeps the first.
  const reportError = useRef(onError)
  useEffect(() => {
    reportError.current = onError
  }, [onError])
  const articleId = article?.id
  const doc = article?.shared?.doc
  const role = article?.shared?.role

  useEffect(() => {
    if (!articleId || !doc || !role) return
    let closed = false
    let close = () => {}
    void (async () => {
      const db = database()
      const [server, user] = await Promise.all([getSetting(db, 'syncServer'), getSetting(db, 'syncUser')])
      const [{ openSharedSession }, { mirrorArticle }] = await Promise.all([import('../../collab/session'), import('../../collab')])
      if (closed) return
      const session = openSharedSession(doc, server ?? null, { publish: role === 'owner' })
      const who = user ?? ANONYMOUS
      let mirror: { stop(): void } | null = null
      // The rows follow the document once its local copy is in (the editor's binding starts the session).
      void session.loaded.then(() => {
        if (!closed) mirror = mirrorArticle(session.doc, db, articleId, { name: who.name })
      })
      const unsubscribe = session.onStatus((status) => setState((current) => current && { ...current, status }))
      close = () => {
        unsubscribe()
        mirror?.stop()
        session.close()
      }
      setState({ session, status: session.status(), user: who })
    })().catch((error: unknown) => reportError.current(error))
    return () => {
      closed = true
      close()
      setState(null)
    }
  }, [articleId, doc, role])

  return state
}
