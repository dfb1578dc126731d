import { Group, Panel, Separator } from 'react-resizable-panels'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'

interface Props {
  articles: ReactNode
  editor: ReactNode
  quotes: ReactNode
  checks: ReactNode
  brief: ReactNode
}

/** The article list, the editor, and the three panes beside it; every boundary can be dragged. */
export function Workspace({ articles, editor, quotes, checks, brief }: Props) {
  const { t } = useTranslation()
  const handle = <Separator className="resize-handle" aria-label={t('panes.resize')} />
  return (
    <Group orientation="horizontal" className="workspace" id="workspace">
      <Panel id="panel-articles" defaultSize="17%" minSize="10%" collapsible>
        {articles}
      </Panel>
      {handle}
      <Panel id="panel-editor" defaultSize="50%" minSize="30%">
        {editor}
      </Panel>
      {handle}
      <Panel id="panel-side" defaultSize="33%" minSize="18%">
        <Group orientation="vertical" id="side-panes">
          <Panel id="panel-quotes" defaultSize="40%" minSize="10%">{quotes}</Panel>
          <Separator className="resize-handle horizontal" aria-label={t('panes.resize')} />
          <Panel id="panel-checks" defaultSize="35%" minSize="10%">{checks}</Panel>
          <Separator className="resize-handle horizontal" aria-label={t('panes.resize')} />
          <Panel id="panel-brief" defaultSize="25%" minSize="10%">{brief}</Panel>
        </Group>
      </Panel>
    </Group>
  )
}
