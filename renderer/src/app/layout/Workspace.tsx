import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'

interface Props {
  articles: ReactNode
  editor: ReactNode
  side: ReactNode
}

/** The article list, the editor, and the panes beside it; every boundary can be dragged, and the sizes are remembered. */
export function Workspace({ articles, editor, side }: Props) {
  const { t } = useTranslation()
  // Kept in localStorage: the layout is the window's, not the workspace's data.
  const layout = useDefaultLayout({ id: 'redaktor-workspace', storage: localStorage })
  const handle = (
    <Separator className="resize-handle" aria-label={t('panes.resize')}>
      <span className="resize-grip" aria-hidden="true" />
    </Separator>
  )
  return (
    <Group orientation="horizontal" className="workspace" id="workspace" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel id="panel-articles" defaultSize="16%" minSize="10%" collapsible>
        {articles}
      </Panel>
      {handle}
      <Panel id="panel-editor" defaultSize="47%" minSize="28%">
        {editor}
      </Panel>
      {handle}
      <Panel id="panel-side" defaultSize="37%" minSize="24%">
        {side}
      </Panel>
    </Group>
  )
}
