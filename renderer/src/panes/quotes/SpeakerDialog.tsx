import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { DEFAULT_ENTITIES } from '../../core/entities/wellKnown'
import { resolveEntity } from '../../core/entities/resolve'
import { createEntity, database, entityForSurface, entityMatches, linkEntities, mergeEntities, renameEntity, unlinkEntities, type Entity } from '../../db'
import { Dialog } from '../Dialog'
import { matchesQuery } from './entitySearch'
import type { QuoteItem } from './items'

interface Props {
  item: QuoteItem
  entities: readonly Entity[]
  onChoose: (entity: Entity | null) => void
  onClose: () => void
  onError: (error: Error) => void
}

interface Option {
  /** Stored entity, or a well-known one not stored yet (recorded when chosen). */
  entity: Entity
  stored: boolean
}

/**
 * Chooses who said a quote. Offers the stored entities with their aliases and the well-known
 * ones; a typed name in any inflection finds its entity ("Shtëpisë së Bardhë" → Shtëpia e Bardhë).
 * Entities can be created, renamed and merged here.
 */
export function SpeakerDialog({ item, entities, onChoose, onClose, onError }: Props) {
  const { t } = useTranslation()
  const db = database()
  const [query, setQuery] = useState('')
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)
  const [merging, setMerging] = useState<{ id: string; into: string } | null>(null)
  const currentId = item.row?.speaker ?? null
  const currentName = item.speaker

  const options = useMemo<Option[]>(() => {
    const stored = entities.map((entity) => ({ entity, stored: true }))
    const known = DEFAULT_ENTITIES.filter((known) => !entities.some((entity) => entityMatches(entity, known.name))).map((entity) => ({
      entity: { id: `known:${entity.id}`, name: entity.name, aliases: entity.aliases, kind: entity.kind },
      stored: false,
    }))
    const all = [...stored, ...known]
    const matching = query.trim() ? all.filter(({ entity }) => matchesQuery(entity, query) || entityMatches(entity, query)) : all
    const isCurrent = (option: Option) => option.entity.id === currentId || (!currentId && option.entity.name === currentName)
    return matching.sort((a, b) => Number(isCurrent(b)) - Number(isCurrent(a)) || Number(b.stored) - Number(a.stored) || a.entity.name.localeCompare(b.entity.name, 'sq')).slice(0, 40)
  }, [entities, query, currentId, currentName])

  // Only a name the core knows is worth announcing; an unknown one resolves to itself.
  const recognised = query.trim() ? resolveEntity(query.trim()) : null
  const resolved = recognised && !recognised.id.startsWith('x:') && recognised.name !== query.trim() ? recognised.name : null
  const exists = entities.some((entity) => entity.name === query.trim())

  const run = (task: () => Promise<unknown>) => task().catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
  const choose = (option: Option) => run(async () => onChoose(option.stored ? option.entity : await entityForSurface(db, option.entity.name)))
  const create = () => run(async () => onChoose(await createEntity(db, query)))
  // Enter does what the text says: an entity only when it is the name typed (in any inflection),
  // otherwise a new entity under exactly that name; never a suggestion that merely starts alike.
  const typed = query.trim()
  const exact = typed ? options.find(({ entity }) => entity.name.toLocaleLowerCase('sq') === typed.toLocaleLowerCase('sq') || entityMatches(entity, typed)) : undefined

  return (
    <Dialog title={t('speakers.title')} onClose={onClose} actions={<button type="button" onClick={onClose}>{t('quotes.close')}</button>}>
      <p className="speaker-quote">{t('speakers.quote', { text: item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text })}</p>
      <label className="stacked">
        {t('speakers.search')}
        <input
          autoFocus
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            if (exact) void choose(exact)
            else if (typed) void create()
          }}
        />
      </label>
      {resolved && <p className="speaker-hint">{t('speakers.resolvesTo', { name: resolved })}</p>}
      {typed && <p className="speaker-hint" data-testid="speaker-enter">{exact ? t('speakers.enterChooses', { name: exact.entity.name }) : t('speakers.enterCreates', { name: typed })}</p>}
      <div className="speaker-quick">
        {typed && !exists && !exact && (
          <button type="button" className="primary" onClick={() => void create()}>{t('speakers.create', { name: typed })}</button>
        )}
        <button type="button" onClick={() => onChoose(null)}>{t('speakers.none')}</button>
      </div>
      {(currentId || currentName) && <SpeaksFor speakerId={currentId} speakerName={currentName} entities={entities} onError={onError} />}
      <h3 className="pane-subtitle">{t('speakers.entities')}</h3>
      {options.length === 0 && <p className="empty-state">{t('speakers.noMatches')}</p>}
      <ul className="entity-list">
        {options.map((option) => {
          const { entity } = option
          const current = entity.id === currentId || (!currentId && entity.name === currentName)
          if (renaming?.id === entity.id) {
            return (
              <li key={entity.id}>
                <form
                  className="entity-form"
                  onSubmit={(event) => {
                    event.preventDefault()
                    void run(async () => {
                      await renameEntity(db, entity.id, renaming.name)
                      setRenaming(null)
                    })
                  }}
                >
                  <label>
                    {t('speakers.renameLabel', { name: entity.name })}
                    <input autoFocus value={renaming.name} onChange={(event) => setRenaming({ id: entity.id, name: event.target.value })} />
                  </label>
                  <button type="submit" className="primary" disabled={!renaming.name.trim()}>{t('speakers.save')}</button>
                  <button type="button" onClick={() => setRenaming(null)}>{t('speakers.cancel')}</button>
                </form>
              </li>
            )
          }
          if (merging?.id === entity.id) {
            const others = entities.filter((other) => other.id !== entity.id)
            return (
              <li key={entity.id}>
                <form
                  className="entity-form"
                  onSubmit={(event) => {
                    event.preventDefault()
                    void run(async () => {
                      await mergeEntities(db, entity.id, merging.into)
                      setMerging(null)
                    })
                  }}
                >
                  <label>
                    {t('speakers.mergeLabel', { name: entity.name })}
                    <select autoFocus value={merging.into} onChange={(event) => setMerging({ id: entity.id, into: event.target.value })}>
                      {others.map((other) => (
                        <option key={other.id} value={other.id}>{other.name}</option>
                      ))}
                    </select>
                  </label>
                  <button type="submit" className="primary" disabled={!merging.into}>{t('speakers.mergeConfirm')}</button>
                  <button type="button" onClick={() => setMerging(null)}>{t('speakers.cancel')}</button>
                </form>
              </li>
            )
          }
          return (
            <li key={entity.id} className={current ? 'current' : undefined}>
              <button type="button" className={`entity-choose${option === exact ? ' enter-target' : ''}`} onClick={() => void choose(option)} aria-current={current || undefined}>
                <span className="entity-name">{entity.name}</span>
                {current && <span className="entity-tag">{t('speakers.current')}</span>}
                {!option.stored && <span className="entity-tag">{t('speakers.known')}</span>}
                {entity.aliases.length > 0 && <span className="entity-aliases">{t('speakers.aliases', { aliases: entity.aliases.join(', ') })}</span>}
              </button>
              {option.stored && (
                <span className="entity-tools">
                  <button type="button" onClick={() => setRenaming({ id: entity.id, name: entity.name })} aria-label={`${t('speakers.rename')}: ${entity.name}`}>
                    {t('speakers.rename')}
                  </button>
                  {entities.length > 1 && (
                    <button
                      type="button"
                      onClick={() => setMerging({ id: entity.id, into: entities.find((other) => other.id !== entity.id)!.id })}
                      aria-label={`${t('speakers.merge')} ${entity.name}`}
                    >
                      {t('speakers.merge')}
                    </button>
                  )}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </Dialog>
  )
}

/**
 * Who the speaker speaks for (a minister for her ministry, a spokesman for his party), and who
 * is another side: the editor's links, which every attribution then follows.
 */
function SpeaksFor({ speakerId, speakerName, entities, onError }: { speakerId: string | null; speakerName: string | null; entities: readonly Entity[]; onError: (error: Error) => void }) {
  const { t } = useTranslation()
  const db = database()
  const [target, setTarget] = useState('')
  const links = useLiveQuery(() => (speakerId ? db.links.where('from').equals(speakerId).or('to').equals(speakerId).toArray() : []), [db, speakerId]) ?? []
  const nameOf = (id: string) => entities.find((entity) => entity.id === id)?.name ?? id
  const run = (task: () => Promise<unknown>) => task().catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
  const speaker = async () => speakerId ?? (await entityForSurface(db, speakerName ?? '')).id
  const add = (relation: 'speaks-for' | 'unrelated') =>
    run(async () => {
      const to = (await entityForSurface(db, target.trim())).id
      await linkEntities(db, await speaker(), to, relation)
      setTarget('')
    })
  const listId = 'speaks-for-entities'
  return (
    <section className="speaks-for" aria-labelledby="speaks-for-title">
      <h3 id="speaks-for-title" className="pane-subtitle">{t('speakers.links.title')}</h3>
      {links.length === 0 ? (
        <p className="empty-state">{t('speakers.links.none')}</p>
      ) : (
        <ul className="speaks-for-list">
          {links.map((link) => {
            const other = nameOf(link.from === speakerId ? link.to : link.from)
            return (
              <li key={link.id}>
                <span>{link.relation === 'speaks-for' ? t('speakers.links.speaksFor', { name: other }) : t('speakers.links.otherSide', { name: other })}</span>
                <button type="button" onClick={() => void run(() => unlinkEntities(db, link.from, link.to))} aria-label={t('speakers.links.removeLabel', { name: other })}>
                  {t('speakers.links.remove')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <form
        className="speaks-for-add"
        onSubmit={(event) => {
          event.preventDefault()
          if (target.trim()) void add('speaks-for')
        }}
      >
        <label>
          {t('speakers.links.addLabel')}
          <input list={listId} value={target} onChange={(event) => setTarget(event.target.value)} />
        </label>
        <datalist id={listId}>
          {entities.map((entity) => (
            <option key={entity.id} value={entity.name} />
          ))}
        </datalist>
        <button type="submit" disabled={!target.trim()}>{t('speakers.links.add')}</button>
        <button type="button" disabled={!target.trim()} onClick={() => void add('unrelated')}>{t('speakers.links.addOtherSide')}</button>
      </form>
    </section>
  )
}
