import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { explainAttribution, type AttributionReason, type NamedEntity } from '../../core/attribution'
import { database, entityForSurface, linkEntities, setEntityGenitive, unlinkEntities, type Attribution } from '../../db'
import { AttributionFlag } from './badges'

/** The interface language as the core's explanations know it. */
export function explanationLanguage(language: string | undefined): 'sq' | 'en' {
  return language?.startsWith('en') ? 'en' : 'sq'
}

type Fix = 'link' | 'unrelated' | 'unlink'

/** What the editor can do about an attribution in one step. */
function fixesFor(reason: AttributionReason): Fix[] {
  switch (reason.code) {
    case 'not-known':
    case 'part-of':
    case 'maybe-same':
    case 'similar':
    case 'quoted':
      return ['link', 'unrelated']
    case 'unrelated':
    case 'mentioned':
    case 'also-own':
      return ['link']
    case 'marked-unrelated':
      return ['unlink']
    case 'speaks-for':
      return reason.evidence === 'editor' ? ['unlink'] : []
    default:
      return []
  }
}

const parties = (reason: AttributionReason): { speaker: NamedEntity; author: NamedEntity } | null =>
  'speaker' in reason && 'author' in reason ? { speaker: reason.speaker, author: reason.author } : null

interface Props {
  attribution: Attribution
  reason: AttributionReason
  /** The stored entity the editor chose as the speaker, if any. */
  speakerId: string | null
  onError: (message: string) => void
}

/**
 * The quote's attribution in one sentence, with the one step that fixes it: link the speaker and
 * the source's author as one side, or mark them as different sides. The link is stored once and
 * every attribution (this pane, the brief, the exports) follows it.
 */
export function AttributionNote({ attribution, reason, speakerId, onError }: Props) {
  const { t, i18n } = useTranslation()
  const db = database()
  const [busy, setBusy] = useState(false)
  const [forms, setForms] = useState(false)
  const pair = parties(reason)
  const fixes = pair ? fixesFor(reason) : []
  const explanation = explainAttribution(reason, explanationLanguage(i18n.language))

  const act = (fix: Fix) => {
    if (!pair) return
    setBusy(true)
    void (async () => {
      const from = speakerId ?? (await entityForSurface(db, pair.speaker.name)).id
      const to = (await entityForSurface(db, pair.author.name)).id
      if (fix === 'unlink') await unlinkEntities(db, from, to)
      else await linkEntities(db, from, to, fix === 'link' ? 'speaks-for' : 'unrelated')
    })()
      .catch((failure: unknown) => onError(failure instanceof Error ? failure.message : String(failure)))
      .finally(() => setBusy(false))
  }

  return (
    <div className={`attribution-note attribution-note-${attribution}`} data-testid="attribution-note" data-reason={reason.code}>
      <p className="attribution-explanation" title={attribution === 'consistent' ? explanation : undefined}>
        <AttributionFlag attribution={attribution} /> <span>{explanation}</span>
      </p>
      {pair && (
        <div className="attribution-fixes">
          {fixes.includes('link') && (
            <button type="button" disabled={busy} onClick={() => act('link')}>
              {t('checks.fix.link', { speaker: pair.speaker.name, author: pair.author.name, authorGenitive: pair.author.genitive })}
            </button>
          )}
          {fixes.includes('unrelated') && (
            <button type="button" disabled={busy} onClick={() => act('unrelated')}>
              {t('checks.fix.unrelated')}
            </button>
          )}
          {fixes.includes('unlink') && (
            <button type="button" disabled={busy} onClick={() => act('unlink')}>
              {reason.code === 'marked-unrelated' ? t('checks.fix.unmark') : t('checks.fix.unlink')}
            </button>
          )}
          <button type="button" className="link-button" aria-expanded={forms} onClick={() => setForms((open) => !open)}>
            {t('checks.fix.forms')}
          </button>
        </div>
      )}
      {pair && forms && <NameForms names={[pair.speaker, pair.author]} onError={onError} />}
    </div>
  )
}

/** The form each name takes after "i"/"e" in the sentences the app writes; corrected once, used everywhere. */
function NameForms({ names, onError }: { names: NamedEntity[]; onError: (message: string) => void }) {
  const { t } = useTranslation()
  const db = database()
  const [values, setValues] = useState(() => names.map((n) => n.genitive))
  const [saved, setSaved] = useState(false)
  return (
    <form
      className="name-forms"
      onSubmit={(event) => {
        event.preventDefault()
        void (async () => {
          for (const [i, name] of names.entries()) {
            if (values[i].trim() === name.genitive) continue
            await setEntityGenitive(db, (await entityForSurface(db, name.name)).id, values[i])
          }
          setSaved(true)
        })().catch((failure: unknown) => onError(failure instanceof Error ? failure.message : String(failure)))
      }}
    >
      {names.map((name, i) => (
        <label key={name.name} className="stacked">
          {t('checks.fix.formLabel', { name: name.name })}
          <input
            value={values[i]}
            onChange={(event) => {
              setSaved(false)
              setValues((old) => old.map((v, k) => (k === i ? event.target.value : v)))
            }}
          />
        </label>
      ))}
      <div className="name-forms-actions">
        <button type="submit" className="primary">{t('checks.fix.saveForms')}</button>
        <span role="status">{saved ? t('checks.fix.formsSaved') : ''}</span>
      </div>
    </form>
  )
}
