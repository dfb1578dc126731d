import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { database, setSetting, type Article } from '../db'
import { onBackgroundWrite } from '../editor/pendingWrite'
import { storageMessage } from '../panes/storageMessage'
import { pushStoredText } from './collab/pushStoredText'
import { SyncSettingsButton } from './collab/SyncSettingsDialog'
import { EditorArea } from './EditorArea'
import { LanguagePicker } from './LanguagePicker'
import { PANES, usePaneTabs, type PaneName } from './layout/SidePanes'
import { Workspace } from './layout/Workspace'
import { NoticeBar, type Notice } from './notices'
import { onDatabaseClosed } from './storageEvents'
import { usePaintedOnce } from './usePaintedOnce'

// Not needed to show the article: fetched after the first paint, or when first opened.
const ArticleList = lazy(() => import('./articles/ArticleList').then((module) => ({ default: module.ArticleList })))
const SideColumn = lazy(() => import('./layout/SideColumn').then((module) => ({ default: module.SideColumn })))
const BackupControls = lazy(() => import('./backup/BackupControls').then((module) => ({ default: module.BackupControls })))
const ShortcutsHelp = lazy(() => import('./shortcuts/ShortcutsHelp').then((module) => ({ default: module.ShortcutsHelp })))

const isField = (target: EventTarget | null) => target instanceof HTMLElement && (target.matches('input, select, textarea') || target.isContentEditable)

/**
 * Puts the keyboard where a pane starts its work (the element marked data-pane-focus), or on the
 * editor. A pane opened for the first time renders its items a moment later: it is waited for,
 * about two seconds at most, with the keyboard on the pane's tab meanwhile.
 */
function focusPane(pane: PaneName | 'editor', frames = 120): void {
  requestAnimationFrame(() => {
    const target = pane === 'editor' ? document.querySelector<HTMLElement>('[data-testid="editor"]') : document.querySelector<HTMLElement>(`#tabpanel-${pane} [data-pane-focus]`)
    if (target) return target.focus()
    if (frames === 120) document.getElementById(`tab-${pane}`)?.focus()
    if (frames > 0 && document.activeElement === document.getElementById(`tab-${pane}`)) focusPane(pane, frames - 1)
  })
}

export function App({ initialArticle }: { initialArticle: Article | null }) {
  const { t } = useTranslation()
  const [articleId, setArticleId] = useState(initialArticle?.id ?? null)
  // The article startup read, handed to the first editor only: any later one reads its article afresh.
  const [firstArticle, setFirstArticle] = useState(initialArticle)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [counts, setCounts] = useState<Partial<Record<PaneName, number>>>({})
  const tabs = usePaneTabs()
  const painted = usePaintedOnce()
  // Bumped when stored data changed under the open views (a revision or a backup restored):
  // the editor and the panes are mounted again and read it afresh.
  const [generation, setGeneration] = useState(0)

  // Written when the article changes, not when the language does: the message is worded when it is shown.
  const tellStorageError = useEffectEvent((error: unknown) => setNotice({ kind: 'error', text: storageMessage(t, error) }))
  useEffect(() => {
    if (articleId) setSetting(database(), 'currentArticleId', articleId).catch(tellStorageError)
  }, [articleId])

  // Edits of an article no longer open are still being retried; their failures are told here.
  useEffect(
    () =>
      onBackgroundWrite((state) => {
        if (state.kind === 'failed') setNotice({ kind: 'error', text: t('status.backgroundNotSaved', { reason: storageMessage(t, state.error) }) })
      }),
    [t],
  )
  // The last net: a storage failure no caller handled is still told, never lost in the console.
  useEffect(() => {
    const told = (event: PromiseRejectionEvent) => {
      event.preventDefault()
      setNotice({ kind: 'error', text: t('app.unexpected', { message: storageMessage(t, event.reason) }) })
    }
    window.addEventListener('unhandledrejection', told)
    return () => window.removeEventListener('unhandledrejection', told)
  }, [t])
  useEffect(
    () =>
      onDatabaseClosed(() =>
        setNotice({ kind: 'error', text: t('storage.closedByUpgrade'), action: { label: t('storage.reload'), run: () => location.reload() } }),
      ),
    [t],
  )

  // Keys that work anywhere: Alt+0 to Alt+3 go to the editor and the panes, ? lists every key.
  const { show } = tabs
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return
      if (event.altKey && !event.shiftKey && /^Digit[0-3]$/.test(event.code)) {
        event.preventDefault()
        const index = Number(event.code.slice(5))
        if (index === 0) return focusPane('editor')
        show(PANES[index - 1])
        return focusPane(PANES[index - 1])
      }
      if (event.key === '?' && !event.altKey && !isField(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        setHelpOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [show])

  const openArticle = useCallback((id: string | null) => {
    setFirstArticle(null)
    setArticleId(id)
  }, [])
  const reload = useCallback(() => {
    setFirstArticle(null)
    setGeneration((value) => value + 1)
  }, [])
  const restoredBackup = useCallback(
    async (preferred: string | null) => {
      const keep = articleId && (await database().articles.get(articleId))
      if (keep) await pushStoredText(keep.id).catch((error: unknown) => setNotice({ kind: 'error', text: storageMessage(t, error) }))
      setArticleId(keep ? articleId : preferred)
      reload()
    },
    [articleId, reload, t],
  )
  const key = `${articleId}:${generation}`
  const onCount = useMemo(() => {
    const counted = (pane: PaneName) => (count: number | undefined) => setCounts((current) => (current[pane] === count ? current : { ...current, [pane]: count }))
    return { quotes: counted('quotes'), checks: counted('checks'), brief: counted('brief') }
  }, [])
  const openHelp = useCallback(() => setHelpOpen(true), [])

  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="brand">{t('app.name')}</h1>
        <NoticeBar notice={notice} onClose={() => setNotice(null)} />
        {painted && (
          <Suspense fallback={null}>
            <BackupControls onRestored={(preferred) => void restoredBackup(preferred)} onNotice={setNotice} />
          </Suspense>
        )}
        <SyncSettingsButton />
        <LanguagePicker />
      </header>
      <main className="main">
        <Workspace
          articles={
            painted && (
              <Suspense fallback={null}>
                <ArticleList currentId={articleId} onSelect={openArticle} onNotice={setNotice} />
              </Suspense>
            )
          }
          editor={articleId ? <EditorArea key={key} articleId={articleId} stored={firstArticle?.id === articleId ? firstArticle : undefined} onRestored={reload} onNotice={setNotice} /> : <p className="empty-state">{t('editor.placeholder')}</p>}
          side={
            painted && (
              <Suspense fallback={null}>
                <SideColumn viewKey={key} articleId={articleId} active={tabs.active} opened={tabs.opened} onShow={tabs.show} counts={articleId ? counts : {}} onCount={onCount} onHelp={openHelp} />
              </Suspense>
            )
          }
        />
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}
