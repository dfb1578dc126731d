import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export const PANES = ['quotes', 'checks', 'brief'] as const
export type PaneName = (typeof PANES)[number]

const STORED_TAB = 'redaktor.sidePane'
const isPane = (value: unknown): value is PaneName => PANES.includes(value as PaneName)

function storedTab(): PaneName {
  try {
    const value = localStorage.getItem(STORED_TAB)
    return isPane(value) ? value : 'quotes'
  } catch {
    return 'quotes'
  }
}

/**
 * Which pane the right column shows, remembered across reloads, and which have been opened: a
 * pane mounts the first time it is shown and then stays (hidden), so switching keeps its state
 * and a workspace opened on the Quotes pane does not check or draft anything at start. The Quotes
 * pane is always mounted: tagging from the editor goes through it.
 */
export function usePaneTabs() {
  const [active, setActive] = useState<PaneName>(storedTab)
  const [opened, setOpened] = useState<ReadonlySet<PaneName>>(() => new Set(['quotes', active]))
  const show = useCallback((pane: PaneName) => {
    setActive(pane)
    setOpened((current) => (current.has(pane) ? current : new Set([...current, pane])))
    try {
      localStorage.setItem(STORED_TAB, pane)
    } catch {
      // A profile without storage forgets the tab; nothing else depends on it.
    }
  }, [])
  return { active, opened, show }
}

interface Props {
  active: PaneName
  opened: ReadonlySet<PaneName>
  onShow: (pane: PaneName) => void
  /** What each tab counts (quotes listed, quotes checked, quotes in the brief); absent until known. */
  counts: Partial<Record<PaneName, number>>
  panes: Record<PaneName, ReactNode>
}

/** The right column: one pane at a time behind tabs that say how many items each holds. */
export function SidePanes({ active, opened, onShow, counts, panes }: Props) {
  const { t } = useTranslation()
  const tabs = useRef(new Map<PaneName, HTMLButtonElement>())
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, pane: PaneName) => {
    const at = PANES.indexOf(pane)
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: PANES.length - 1 }[event.key]
    if (to === undefined) return
    event.preventDefault()
    const next = PANES[(to + PANES.length) % PANES.length]
    onShow(next)
    tabs.current.get(next)?.focus()
  }
  return (
    <div className="side-panes">
      <div className="pane-tabs" role="tablist" aria-label={t('panes.tabs')}>
        {PANES.map((pane, index) => (
          <button
            key={pane}
            ref={(element) => {
              if (element) tabs.current.set(pane, element)
              else tabs.current.delete(pane)
            }}
            type="button"
            role="tab"
            id={`tab-${pane}`}
            data-testid={`tab-${pane}`}
            aria-selected={active === pane}
            aria-controls={`tabpanel-${pane}`}
            aria-keyshortcuts={`Alt+${index + 1}`}
            title={t('panes.tabHint', { key: `Alt+${index + 1}` })}
            tabIndex={active === pane ? 0 : -1}
            onClick={() => onShow(pane)}
            onKeyDown={(event) => onKeyDown(event, pane)}
          >
            {t(`panes.${pane}`)}
            {counts[pane] !== undefined && <span className="tab-count">{counts[pane]}</span>}
          </button>
        ))}
      </div>
      {PANES.map((pane) =>
        opened.has(pane) ? (
          <div key={pane} className="pane-slot" role="tabpanel" id={`tabpanel-${pane}`} aria-labelledby={`tab-${pane}`} hidden={active !== pane}>
            {panes[pane]}
          </div>
        ) : null,
      )}
    </div>
  )
}
