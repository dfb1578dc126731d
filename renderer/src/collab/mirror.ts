// Keeps a shared article's Dexie rows and its Y.Doc in step, both ways. The panes keep reading
// and writing Dexie; the mirror carries their changes into the doc and the doc's into Dexie.
//
// The one rule that matters: a local change is inferred only from a snapshot read after every
// write the mirror made, compared with the previous one (kept up to date with those writes). A
// snapshot read before the mirror wrote a remote row would take that row for deleted here; so
// every write is followed, in the same step, by a fresh read, and a snapshot whose read began
// before one already taken in is dropped.
import { liveQuery } from 'dexie'
import type * as Y from 'yjs'
import { briefOfArticle, freshBrief } from '../db/briefs'
import type { RedaktorDatabase } from '../db/database'
import type { Brief, Check, Quote, Source } from '../db/types'
import { readDexieState, type DexieState } from './snapshot'
import {
  BRIEF_FIELDS,
  NO_VERDICT,
  SHARED_MAPS,
  briefFieldFromShared,
  canonical,
  entityFromShared,
  eventFields,
  quoteFromShared,
  sharedEntity,
  sharedQuote,
  sharedSource,
  sourceFromShared,
  verdictEventsOf,
  verdictFieldsOf,
  type BriefField,
  type SharedMap,
} from './values'
import { verdictsByCheck, type VerdictEvent } from './verdicts'

export interface Mirror {
  /** Stops both directions; what is already under way finishes. */
  stop(): void
  /** Resolves once every change seen so far (Dexie's, read afresh, and the doc's) is written on both sides. */
  settled(): Promise<void>
}

export interface MirrorUser {
  /** Shown to the others as who confirmed a quote or gave a verdict. */
  name: string
}

/** How the mirror hears of Dexie's changes: Dexie's liveQuery (a test may hand in snapshots it holds back). */
export type Watch = (read: () => Promise<Snapshot>) => {
  subscribe(observer: { next: (snapshot: Snapshot) => void; error: (error: unknown) => void }): { unsubscribe(): void }
}

/** A Dexie snapshot with the order its read began in. */
export interface Snapshot extends DexieState {
  order: number
}

const NO_VERDICT_JSON = canonical(NO_VERDICT)!
const DRAFT = freshBrief('', 'sq')
/**
 * A brief made here since the last snapshot (the pane opened) holds the draft's values, no edit
 * of the editor's: the doc's win. Its language is the interface's: shared only when the doc has none.
 */
const isDraftDefault = (field: string, json: string) => field === 'language' || json === canonical(DRAFT[field as BriefField])
type Kind = SharedMap | 'verdicts'
/** What the mirror does with a table of an article's rows. */
interface RowTable<T> {
  get(id: string): PromiseLike<T | undefined>
  put(row: T): PromiseLike<unknown>
  delete(id: string): PromiseLike<unknown>
}
const emptyMaps = <T>(make: () => T): Record<SharedMap, T> => ({ entities: make(), quotes: make(), sources: make(), brief: make() })

/**
 * Mirrors the article `articleId` between `db` and `doc` (already loaded from y-indexeddb) until
 * stopped. On start, a key only in Dexie goes to the doc, a key only in the doc goes to Dexie, and
 * where both have it and differ the doc wins.
 */
export function mirrorArticle(
  doc: Y.Doc,
  db: RedaktorDatabase,
  articleId: string,
  user: MirrorUser,
  clock: () => number = Date.now,
  watch: Watch = liveQuery,
): Mirror {
  const origin = { mirrorOf: articleId }
  const maps: Record<SharedMap, Y.Map<unknown>> = {
    entities: doc.getMap('entities'),
    quotes: doc.getMap('quotes'),
    sources: doc.getMap('sources'),
    brief: doc.getMap('brief'),
  }
  const log = doc.getArray<unknown>('verdicts')
  const kindOf = new Map<unknown, SharedMap>(SHARED_MAPS.map((kind) => [maps[kind], kind]))

  // Dexie as last read (canonical JSON per key), kept up to date with what the mirror wrote since.
  const previous = emptyMaps(() => new Map<string, string>())
  const previousVerdicts = new Map<string, string>()
  // Keys the doc changed that Dexie has still to take: at first, all of them.
  const dirty = emptyMaps(() => new Set<string>())
  for (const kind of SHARED_MAPS) for (const key of maps[kind].keys()) dirty[kind].add(key)
  let readsStarted = 0
  let lastRead = 0
  let first = true
  let stopped = false
  let pending: Snapshot | null = null
  let failure: unknown = null
  let tail: Promise<void> = Promise.resolve()
  let scheduled = false

  const read = async (): Promise<Snapshot> => {
    const order = ++readsStarted
    return { ...(await readDexieState(db, articleId)), order }
  }

  const enqueue = (task: () => Promise<void>): Promise<void> => {
    tail = tail
      .then(() => (stopped ? undefined : task()))
      .catch((error: unknown) => {
        failure ??= error
        console.error('The shared article could not be kept in step:', error)
      })
    return tail
  }

  const schedule = () => {
    if (scheduled || stopped) return
    scheduled = true
    void enqueue(async () => {
      scheduled = false
      const snapshot = pending
      pending = null
      await step(snapshot)
    })
  }

  /** Takes a snapshot's local changes into the doc, then the doc's into Dexie. */
  async function step(snapshot: Snapshot | null): Promise<void> {
    if (snapshot) push(snapshot)
    // A liveQuery read may have begun before the mirror's write: a fresh read goes first. What it
    // gives the doc (who confirmed a quote) may come back to Dexie: until nothing is left to write.
    while (await pull()) push(await read())
  }

  /** Dexie → doc: the changes between the previous snapshot and this one, in one transaction. */
  function push(snapshot: Snapshot): void {
    if (snapshot.order <= lastRead) return // began before one already taken in: stale
    lastRead = snapshot.order
    if (!snapshot.article) return // the article was deleted here: that empties nothing for the others
    const starting = first
    first = false
    doc.transact(() => {
      for (const kind of SHARED_MAPS) {
        const map = maps[kind]
        const before = previous[kind]
        const now = snapshot.rows[kind]
        for (const [key, mine] of now) {
          const shared = canonical(map.get(key))
          const draft = kind === 'brief' && before.size === 0 && isDraftDefault(key, mine)
          // Made here under a name the doc already has (a tag whose mark came before its row): the
          // doc's is the one someone made first, with who confirmed it.
          const madeHereToo = !before.has(key) && kind !== 'brief'
          if ((starting || draft || madeHereToo) && shared !== undefined) {
            if (mine !== shared) dirty[kind].add(key) // both have it: the doc wins
          } else if (draft && key !== 'language') {
            // A brief just made holds the draft's values, not the editor's: nothing to share yet.
          } else if (mine !== before.get(key) && mine !== shared) {
            const value = JSON.parse(mine) as Record<string, unknown>
            const next = kind === 'quotes' ? withConfirmation(value, before.get(key), map.get(key)) : value
            map.set(key, next)
            if (next !== value) dirty.quotes.add(key) // who confirmed it goes back to the row
          }
          before.set(key, mine)
        }
        for (const key of [...before.keys()]) {
          if (now.has(key)) continue
          // Gone since the last snapshot: deleted here. Entities are every article's: they stay.
          if (kind !== 'entities' && map.has(key)) map.delete(key)
          before.delete(key)
        }
      }
      pushVerdicts(snapshot, starting)
    }, origin)
  }

  /** A quote the local user just confirmed carries their name and the time; one written over keeps the doc's. */
  function withConfirmation(value: Record<string, unknown>, before: string | undefined, shared: unknown): Record<string, unknown> {
    if (value.state !== 'confirmed') return value
    const wasConfirmed = before === undefined ? typeof value.confirmedBy === 'string' : (JSON.parse(before) as { state: string }).state === 'confirmed'
    if (!wasConfirmed) return { ...value, confirmedBy: user.name, confirmedAt: clock() }
    const theirs = shared as { confirmedBy?: unknown; confirmedAt?: unknown } | undefined
    if (value.confirmedBy === undefined && typeof theirs?.confirmedBy === 'string') return { ...value, confirmedBy: theirs.confirmedBy, confirmedAt: theirs.confirmedAt }
    return value
  }

  /** A verdict changed here (against the last snapshot and the doc) becomes an event in the log. */
  function pushVerdicts(snapshot: Snapshot, starting: boolean): void {
    const current = verdictsByCheck(verdictEventsOf(log.toArray()))
    for (const [checkId, mine] of snapshot.verdicts) {
      const standing = current.get(checkId)?.current ?? null
      const shared = standing ? canonical(eventFields(standing)) : NO_VERDICT_JSON
      const changedHere = mine !== (previousVerdicts.get(checkId) ?? NO_VERDICT_JSON) && mine !== shared
      if (changedHere && !(starting && standing)) {
        const fields = JSON.parse(mine) as typeof NO_VERDICT
        // Never older than the verdict it replaces, whatever this machine's clock says.
        const at = Math.max(clock(), (standing?.at ?? -Infinity) + 1)
        const event: VerdictEvent = { id: crypto.randomUUID(), checkId, ...fields, by: user.name, at }
        log.push([event])
      }
      previousVerdicts.set(checkId, mine)
    }
    for (const checkId of [...previousVerdicts.keys()]) if (!snapshot.verdicts.has(checkId)) previousVerdicts.delete(checkId)
  }

  /**
   * Doc → Dexie: the keys the doc changed, and every check's verdict, in one transaction. A row
   * changed here since the last snapshot is left alone: the next snapshot takes it to the doc.
   * Returns whether anything was written.
   */
  async function pull(): Promise<boolean> {
    const keys = emptyMaps(() => [] as string[])
    // Taken now: a key the doc changes again meanwhile is dirty again, and read again next time.
    for (const kind of SHARED_MAPS) {
      keys[kind] = [...dirty[kind]]
      dirty[kind].clear()
    }
    keys.brief = keys.brief.filter((field) => (BRIEF_FIELDS as readonly string[]).includes(field))
    const events = verdictsByCheck(verdictEventsOf(log.toArray()))

    const written: Array<[Kind, string, string | undefined]> = []
    try {
      await db.transaction('rw', [db.entities, db.quotes, db.sources, db.briefs, db.checks], async () => {
        for (const key of keys.entities) {
          const entity = entityFromShared(maps.entities.get(key), key)
          if (!entity) continue // entities are never deleted: other articles may name them
          const row = await db.entities.get(key)
          const here = row && canonical(sharedEntity(row))
          const shared = canonical(sharedEntity(entity))
          // A row changed here since the last snapshot goes to the doc instead; one no snapshot saw is every article's.
          if (here === shared || (previous.entities.has(key) && here !== previous.entities.get(key))) continue
          await db.entities.put(entity)
          written.push(['entities', key, shared])
        }
        written.push(...(await pullRows<Quote>('quotes', db.quotes, keys.quotes, sharedQuote, quoteFromShared)))
        // A source set aside here (its heading left the text, verdicts hang on it) is not in sight.
        written.push(...(await pullRows<Source>('sources', db.sources, keys.sources, (row) => (row.deletedAt === undefined ? sharedSource(row) : undefined), sourceFromShared)))
        if (keys.brief.length) written.push(...(await pullBrief(keys.brief as BriefField[])))
        written.push(...(await pullVerdicts(events)))
      })
    } catch (error) {
      for (const kind of SHARED_MAPS) for (const key of keys[kind]) dirty[kind].add(key) // tried again next time
      throw error
    }

    for (const [kind, key, value] of written) {
      const before = kind === 'verdicts' ? previousVerdicts : previous[kind]
      if (value === undefined) before.delete(key)
      else before.set(key, value)
    }
    return written.length > 0
  }

  /** The article's rows of one table whose keys the doc changed: put, or deleted when the doc deleted them. */
  async function pullRows<T extends { id: string; articleId: string }>(
    kind: 'quotes' | 'sources',
    table: RowTable<T>,
    keys: readonly string[],
    inSight: (row: T) => unknown,
    fromShared: (value: unknown, id: string, articleId: string, here?: T) => T | null,
  ): Promise<Array<[Kind, string, string | undefined]>> {
    const written: Array<[Kind, string, string | undefined]> = []
    for (const key of keys) {
      const row = await table.get(key)
      if (row && row.articleId !== articleId) continue
      const here = row && canonical(inSight(row))
      if (here !== previous[kind].get(key)) continue
      const raw = maps[kind].get(key)
      if (raw === undefined) {
        if (here === undefined) continue
        await table.delete(key)
        written.push([kind, key, undefined])
        continue
      }
      const next = fromShared(raw, key, articleId, row)
      const shared = next ? canonical(inSight(next)) : undefined
      if (!next || shared === here) continue
      await table.put(next)
      written.push([kind, key, shared])
    }
    return written
  }

  /** The brief's fields the doc changed; a brief is made (as the Brief pane makes one) when there is none yet. */
  async function pullBrief(fields: readonly BriefField[]): Promise<Array<[Kind, string, string]>> {
    const row = await briefOfArticle(db, articleId)
    const fromDoc = <F extends BriefField>(field: F) => briefFieldFromShared(field, maps.brief.get(field))
    if (!row) {
      if (previous.brief.size > 0) return [] // deleted here: the next snapshot says so to the doc
      const present = BRIEF_FIELDS.filter((field) => fromDoc(field) !== undefined)
      if (present.length === 0) return []
      const brief: Brief = { ...freshBrief(articleId, fromDoc('language') ?? 'sq') }
      for (const field of present) Object.assign(brief, { [field]: fromDoc(field) })
      await db.briefs.add(brief)
      return BRIEF_FIELDS.map((field) => ['brief', field, canonical(brief[field])!])
    }
    const defaults = freshBrief(articleId, row.language)
    const changes: Partial<Brief> = {}
    for (const field of fields) {
      const here = canonical(row[field])
      if (here !== previous.brief.get(field)) continue
      // A field the doc no longer has is the draft's again.
      const value = maps.brief.has(field) ? fromDoc(field) : defaults[field]
      if (value !== undefined && canonical(value) !== here) Object.assign(changes, { [field]: value })
    }
    if (Object.keys(changes).length === 0) return []
    await db.briefs.update(row.id, changes)
    return Object.entries(changes).map(([field, value]) => ['brief', field, canonical(value)!])
  }

  /** Every check row of the article takes its current verdict, who gave it and when, and the earlier ones. */
  async function pullVerdicts(events: ReturnType<typeof verdictsByCheck>): Promise<Array<[Kind, string, string]>> {
    const written: Array<[Kind, string, string]> = []
    for (const row of await db.checks.where('articleId').equals(articleId).toArray()) {
      const standing = events.get(row.id)
      if (!standing?.current) continue
      if (canonical(verdictFieldsOf(row)) !== (previousVerdicts.get(row.id) ?? NO_VERDICT_JSON)) continue
      const { verdict, note, quoteText, by, at } = standing.current
      const next: Partial<Check> = { verdict, verdictNote: note, verdictQuoteText: quoteText, verdictBy: by, verdictAt: at, verdictHistory: standing.history }
      const stored: Partial<Check> = {
        verdict: row.verdict,
        verdictNote: row.verdictNote,
        verdictQuoteText: row.verdictQuoteText,
        verdictBy: row.verdictBy,
        verdictAt: row.verdictAt,
        verdictHistory: row.verdictHistory,
      }
      if (canonical(stored) === canonical(next)) continue
      await db.checks.update(row.id, next)
      written.push(['verdicts', row.id, canonical(eventFields(standing.current))!])
    }
    return written
  }

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin) return
    let changed = false
    transaction.changed.forEach((keys, type) => {
      const kind = kindOf.get(type)
      if (type === log) changed = true
      else if (kind) {
        for (const key of keys) if (key !== null) dirty[kind].add(key)
        changed = true
      }
    })
    if (changed) schedule()
  }

  doc.on('afterTransaction', onTransaction)
  void enqueue(async () => step(await read()))
  const subscription = watch(read).subscribe({
    next: (snapshot) => {
      pending = snapshot
      schedule()
    },
    error: (error: unknown) => {
      failure ??= error
      console.error('The shared article could not be kept in step:', error)
    },
  })

  return {
    stop() {
      stopped = true
      subscription.unsubscribe()
      doc.off('afterTransaction', onTransaction)
    },
    async settled() {
      await enqueue(async () => step(await read()))
      if (failure !== null) {
        const error = failure
        failure = null
        throw error
      }
    },
  }
}
