import { lazy, Suspense } from 'react'
import { ChecksModelProvider } from '../../panes/checks/ChecksModel'
import { QuotesPane } from '../../panes/quotes/QuotesPane'
import { SidePanes, type PaneName } from './SidePanes'

// The Checks and Brief panes are fetched when first opened.
const ChecksPane = lazy(() => import('../../panes/checks/ChecksPane').then((module) => ({ default: module.ChecksPane })))
const BriefPane = lazy(() => import('../../panes/brief/BriefPane').then((module) => ({ default: module.BriefPane })))

interface Props {
  /** Remounts the panes when the article or its stored data changed under them. */
  viewKey: string
  articleId: string | null
  active: PaneName
  opened: ReadonlySet<PaneName>
  onShow: (pane: PaneName) => void
  counts: Partial<Record<PaneName, number>>
  onCount: Record<PaneName, (count: number | undefined) => void>
  onHelp: () => void
}

/** The right column with the checks model its panes share. Loaded after the editor shows (App.tsx). */
export function SideColumn({ viewKey, articleId, active, opened, onShow, counts, onCount, onHelp }: Props) {
  return (
    <ChecksModelProvider key={viewKey} articleId={articleId} run={opened.has('checks') || opened.has('brief')}>
      <SidePanes
        active={active}
        opened={opened}
        onShow={onShow}
        counts={counts}
        panes={{
          quotes: <QuotesPane key={viewKey} articleId={articleId} onHelp={onHelp} onCount={onCount.quotes} />,
          checks: (
            <Suspense fallback={null}>
              <ChecksPane key={viewKey} articleId={articleId} onCount={onCount.checks} />
            </Suspense>
          ),
          brief: (
            <Suspense fallback={null}>
              <BriefPane key={viewKey} articleId={articleId} onCount={onCount.brief} />
            </Suspense>
          ),
        }}
      />
    </ChecksModelProvider>
  )
}
