import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuoteKind } from '../../db'
import type { QuoteItem } from './items'

export interface RowActions {
  activate: (id: string) => void
  open: (item: QuoteItem) => void
  hover: (item: QuoteItem | null) => void
  accept: (item: QuoteItem) => void
  reject: (item: QuoteItem) => void
  /** A detached tag: back onto the selected words (or its words, found again). */
  reanchor: (item: QuoteItem) => void
  /** A detached tag: deleted for good (a revision keeps it). */
  remove: (item: QuoteItem) => void
  restore: (item: QuoteItem) => void
  speaker: (item: QuoteItem) => void
  kind: (item: QuoteItem, kind: QuoteKind) => void
  register: (id: string, element: HTMLButtonElement | null) => void
}

interface Props {
  item: QuoteItem
  number: number
  active: boolean
  tabbable: boolean
  actions: RowActions
}

const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect']

/** One quote: its words, where it sits, who said it and how; and what can be done with it. */
export const QuoteRow = memo(function QuoteRow({ item, number, active, tabbable, actions }: Props) {
  const { t } = useTranslation()
  const words = item.kind === 'indirect' ? item.text : `“${item.text}”`
  return (
    <li
      data-testid="quote-item"
      data-quote-id={item.id}
      data-state={item.state}
      data-speaker={item.speaker ?? ''}
      data-kind={item.kind}
      data-gone={item.gone || undefined}
      className={`quote-item state-${item.state}${active ? ' active' : ''}${item.gone ? ' gone' : ''}`}
      onMouseEnter={() => actions.hover(item)}
      onMouseLeave={() => actions.hover(null)}
    >
      <button
        type="button"
        className="quote-main"
        ref={(element) => actions.register(item.id, element)}
        tabIndex={tabbable ? 0 : -1}
        data-pane-focus={tabbable || undefined}
        onFocus={() => actions.activate(item.id)}
        onClick={() => actions.open(item)}
      >
        <span className="quote-meta">
          <span className="quote-para">{item.paragraph ? t('quotes.paragraph', { number: item.paragraph }) : t('quotes.gone')}</span>
          {/* A tag shows its kind in the select below, where it can be changed. */}
          {!(item.state === 'confirmed' && !item.gone) && <span className={`quote-kind kind-${item.kind}`}>{t(`quotes.kinds.${item.kind}`)}</span>}
          {item.gone ? (
            <span className="quote-state state-detached">{t('quotes.detached')}</span>
          ) : (
            <span className={`quote-state state-${item.state}`}>{t(`quotes.states.${item.state}`)}</span>
          )}
          {item.state === 'confirmed' && item.row?.confirmedBy && (
            <span className="quote-confirmed-by" data-testid="confirmed-by">{t('sync.confirmedBy', { name: item.row.confirmedBy })}</span>
          )}
        </span>
        <span className="quote-text">{words}</span>
        {item.gone && <span className="quote-detached-hint">{t('quotes.detachedHint')}</span>}
      </button>
      <div className="quote-footer">
        <button
          type="button"
          className="quote-speaker"
          onClick={() => actions.speaker(item)}
          disabled={item.state === 'rejected'}
          tabIndex={tabbable ? undefined : -1}
          aria-label={`${t('quotes.speaker')}: ${item.speaker ?? t('quotes.noSpeaker')} (${t('quotes.changeSpeaker', { number })})`}
          title={t('quotes.keys.speaker')}
        >
          <span className="quote-speaker-label">{t('quotes.speaker')}:</span> <span className={item.speaker ? 'quote-speaker-name' : 'quote-speaker-none'}>{item.speaker ?? t('quotes.noSpeaker')}</span>
        </button>
        <span className="quote-actions">
          {item.state === 'suggested' && (
            <>
              <button type="button" className="accept" tabIndex={tabbable ? undefined : -1} onClick={() => actions.accept(item)} aria-keyshortcuts="Enter A">
                {t('quotes.accept')}
              </button>
              <button type="button" className="reject" tabIndex={tabbable ? undefined : -1} onClick={() => actions.reject(item)} aria-keyshortcuts="Delete R">
                {t('quotes.reject')}
              </button>
            </>
          )}
          {item.state === 'confirmed' && !item.gone && (
            <>
              <select className="quote-kind-select" tabIndex={tabbable ? undefined : -1} aria-label={`${t('quotes.kind')} ${number}`} value={item.kind} onChange={(event) => actions.kind(item, event.target.value as QuoteKind)}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>{t(`quotes.kinds.${kind}`)}</option>
                ))}
              </select>
              <button type="button" className="reject" tabIndex={tabbable ? undefined : -1} onClick={() => actions.reject(item)} aria-keyshortcuts="Delete R">
                {t('quotes.reject')}
              </button>
            </>
          )}
          {item.gone && (
            <>
              <button type="button" className="reanchor" tabIndex={tabbable ? undefined : -1} onClick={() => actions.reanchor(item)}>{t('quotes.reanchor')}</button>
              <button type="button" className="reject" tabIndex={tabbable ? undefined : -1} onClick={() => actions.remove(item)} aria-label={t('quotes.deleteLabel', { number })}>
                {t('quotes.delete')}
              </button>
            </>
          )}
          {item.state === 'rejected' && (
            <button type="button" tabIndex={tabbable ? undefined : -1} onClick={() => actions.restore(item)}>{t('quotes.restore')}</button>
          )}
        </span>
      </div>
    </li>
  )
}, same)

function same(a: Props, b: Props): boolean {
  const x = a.item
  const y = b.item
  return (
    a.active === b.active &&
    a.tabbable === b.tabbable &&
    a.number === b.number &&
    a.actions === b.actions &&
    x.id === y.id &&
    x.state === y.state &&
    x.text === y.text &&
    x.kind === y.kind &&
    x.speaker === y.speaker &&
    x.paragraph === y.paragraph &&
    x.gone === y.gone &&
    x.row?.confirmedBy === y.row?.confirmedBy
  )
}
