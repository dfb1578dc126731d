import Dexie from 'dexie'
import { z } from 'zod'
import { DATABASE_NAME, RedaktorDatabase } from './database'
import { discardJournal } from './exitWrite'
import { errorMessage } from './faults'
import { recordSchemas, TABLE_NAMES, type TableName } from './records'
import { captureBeforeImport } from './revisions'
import { schemaVersions } from './schema'
import { STAGING_PREFIX } from './staging'
import type { Article, Revision } from './types'

// A backup is dexie-export-import's JSON export of the whole database. Restoring one goes
// through a staging database: the file is imported there (with dexie-export-import), upgraded
// by the app's own schema history when it is older, every record is checked, and only then is
// the workspace changed, in one transaction. A file that fails any step changes nothing.

export const LATEST_VERSION = schemaVersions.at(-1)!.version

export interface Progress {
  phase: 'export' | 'check' | 'stage' | 'apply'
  done: number
  total: number
}
type OnProgress = (progress: Progress) => void

// Loaded when a backup is made or read: it is heavy, and it touches browser globals as it loads.
const exportImport = () => import('dexie-export-import')

/** The whole workspace as one JSON file. */
export async function exportWorkspace(db: RedaktorDatabase, onProgress?: OnProgress): Promise<Blob> {
  const { exportDB } = await exportImport()
  return exportDB(db, {
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress?.({ phase: 'export', done: completedRows, total: totalRows ?? completedRows })
      return true
    },
  })
}

const envelope = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().positive(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.literal(true), rows: z.array(z.unknown()) })),
  }),
})

/** Why a file was refused. Nothing in the workspace changes when one is returned. */
export type BackupProblem =
  | { code: 'not-json' }
  | { code: 'not-backup' }
  | { code: 'other-database'; name: string }
  | { code: 'newer'; version: number; known: number }
  | { code: 'unknown-table'; table: string }
  | { code: 'incomplete'; table: string }
  | { code: 'invalid-record'; table: string; index: number; issue: string }
  | { code: 'unreadable'; message: string }

export type WorkspaceRows = { [T in TableName]: Array<z.output<(typeof recordSchemas)[T]>> }

export interface Backup {
  fileName: string
  /** The schema version the file was written at. */
  version: number
  /** Every row, at the current schema version, checked. */
  rows: WorkspaceRows
}

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem }

const refuse = (problem: BackupProblem): BackupReading => ({ ok: false, problem })

/**
 * Reads and checks a backup file: JSON, the export format, this app's database, a schema version
 * this app knows, every table complete, and every record (after upgrading an older file).
 */
export async function readBackup(text: string, fileName: string, onProgress?: OnProgress): Promise<BackupReading> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse({ code: 'not-json' })
  }
  const parsed = envelope.safeParse(json)
  if (!parsed.success) return refuse({ code: 'not-backup' })
  const { databaseName, databaseVersion, tables, data } = parsed.data.data
  if (databaseName !== DATABASE_NAME) return refuse({ code: 'other-database', name: databaseName })
  if (databaseVersion > LATEST_VERSION) return refuse({ code: 'newer', version: databaseVersion, known: LATEST_VERSION })
  for (const table of [...tables.map((t) => t.name), ...data.map((t) => t.tableName)]) {
    if (!(TABLE_NAMES as string[]).includes(table)) return refuse({ code: 'unknown-table', table })
  }
  for (const table of tables) {
    const rows = data.filter((t) => t.tableName === table.name).reduce((sum, t) => sum + t.rows.length, 0)
    if (rows !== table.rowCount) return refuse({ code: 'incomplete', table: table.name })
  }
  for (const { tableName, rows } of data) {
    const index = rows.findIndex((row) => typeof row !== 'object' || row === null || Array.isArray(row))
    if (index !== -1) return refuse({ code: 'invalid-record', table: tableName, index, issue: 'not a plain record' })
  }

  let staged: Record<string, unknown[]>
  try {
    staged = await stageAndUpgrade(text, databaseVersion, onProgress)
  } catch (error) {
    return refuse({ code: 'unreadable', message: errorMessage(error) })
  }

  const rows = {} as Record<TableName, unknown[]>
  const total = TABLE_NAMES.reduce((sum, table) => sum + (staged[table]?.length ?? 0), 0)
  let done = 0
  for (const table of TABLE_NAMES) {
    const schema: z.ZodType = recordSchemas[table]
    rows[table] = []
    for (const [index, row] of (staged[table] ?? []).entries()) {
      const checked = schema.safeParse(row)
      if (!checked.success) return refuse({ code: 'invalid-record', table, index, issue: z.prettifyError(checked.error) })
      rows[table].push(checked.data)
      if (++done % 500 === 0) onProgress?.({ phase: 'check', done, total })
    }
  }
  onProgress?.({ phase: 'check', done: total, total })
  return { ok: true, backup: { fileName, version: databaseVersion, rows: rows as WorkspaceRows } }
}

/**
 * Imports the file into a database of its own, made at the file's schema version from the app's
 * schema history; opening it as the app's database then upgrades it; its rows are read back.
 */
async function stageAndUpgrade(text: string, version: number, onProgress?: OnProgress): Promise<Record<string, unknown[]>> {
  const name = `${STAGING_PREFIX}${crypto.randomUUID()}`
  try {
    const asWritten = new Dexie(name)
    for (const entry of schemaVersions.filter((entry) => entry.version <= version)) asWritten.version(entry.version).stores(entry.stores)
    await asWritten.open()
    try {
      const { importInto } = await exportImport()
      await importInto(asWritten, new Blob([text], { type: 'application/json' }), {
        acceptNameDiff: true,
        chunkSizeBytes: Math.max(text.length * 2, 1024 * 1024),
        progressCallback: ({ completedRows, totalRows }) => {
          onProgress?.({ phase: 'stage', done: completedRows, total: totalRows ?? completedRows })
          return true
        },
      })
    } finally {
      asWritten.close()
    }
    const staging = new RedaktorDatabase(name)
    try {
      await staging.open()
      const out: Record<string, unknown[]> = {}
      for (const table of TABLE_NAMES) out[table] = await staging.table(table).toArray()
      return out
    } finally {
      staging.close()
    }
  } finally {
    await Dexie.delete(name)
  }
}

/** Staging databases left behind by a restore that was interrupted (the app closed mid-way). */
/**
 * How a backup meets the workspace:
 * - `merge`: articles from the backup are added; an article in both is replaced by the backup's
 *   copy with its tags, sources, checks and brief, and the copy here is kept in its history as
 *   a 'before-import' revision; articles only here stay. Speakers are united by id.
 * - `replace`: the workspace becomes the backup; articles only here are deleted. Articles in both
 *   still keep the copy here as a 'before-import' revision.
 * Settings (interface language, the open article) are never taken from a backup.
 */
export type RestorePolicy = 'merge' | 'replace'

const ARTICLE_PARTS = ['quotes', 'sources', 'checks', 'briefs'] as const

export interface RestorePlan {
  policy: RestorePolicy
  added: Article[]
  replaced: Article[]
  /** Articles only here: kept by `merge`, deleted by `replace`. */
  onlyHere: Article[]
  /** In both and the same in every part: nothing to keep. */
  unchanged: Article[]
}

/** JSON with object keys in order, so that two equal records give equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

type Parts = Record<(typeof ARTICLE_PARTS)[number], Array<{ id: string }>>

/** An article with its parts, in a form that compares equal when nothing differs. */
function fingerprint(article: Article, parts: Parts): string {
  const sorted = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return stableJson([article.plainText, article.editorState, ...ARTICLE_PARTS.map((part) => sorted(parts[part]))])
}

export async function planRestore(db: RedaktorDatabase, backup: Backup, policy: RestorePolicy): Promise<RestorePlan> {
  const local = new Map((await db.articles.toArray()).map((article) => [article.id, article]))
  const incoming = backup.rows.articles as Article[]
  const ids = new Set(incoming.map((article) => article.id))
  const replaced: Article[] = []
  const unchanged: Article[] = []
  for (const article of incoming) {
    const here = local.get(article.id)
    if (!here) continue
    const ours = {} as Parts
    const theirs = {} as Parts
    for (const part of ARTICLE_PARTS) {
      ours[part] = await db.table(part).where('articleId').equals(article.id).toArray()
      theirs[part] = (backup.rows[part] as Array<{ id: string; articleId: string }>).filter((row) => row.articleId === article.id)
    }
    ;(fingerprint(here, ours) === fingerprint(article, theirs) ? unchanged : replaced).push(article)
  }
  return {
    policy,
    added: incoming.filter((article) => !local.has(article.id)),
    replaced,
    unchanged,
    onlyHere: [...local.values()].filter((article) => !ids.has(article.id)),
  }
}

const RESTORED_TABLES = TABLE_NAMES.filter((table) => table !== 'settings')
const CHUNK = 500

/**
 * Applies a checked backup, all or nothing. The caller has written everything pending first; the
 * exit journal is dropped, since the restored rows keep the (older) times of the backup.
 */
export async function restoreBackup(db: RedaktorDatabase, backup: Backup, policy: RestorePolicy, onProgress?: OnProgress): Promise<RestorePlan> {
  const plan = await applyBackup(db, backup, policy, onProgress)
  discardJournal()
  return plan
}

async function applyBackup(db: RedaktorDatabase, backup: Backup, policy: RestorePolicy, onProgress?: OnProgress): Promise<RestorePlan> {
  return db.transaction('rw', db.tables, async () => {
    const plan = await planRestore(db, backup, policy)
    const kept: Revision[] = []
    for (const incoming of plan.replaced) kept.push(await captureBeforeImport(db, (await db.articles.get(incoming.id))!, backup.fileName))
    if (policy === 'replace') {
      for (const table of RESTORED_TABLES) await db.table(table).clear()
    } else {
      for (const article of plan.replaced) {
        for (const part of ARTICLE_PARTS) await db.table(part).where('articleId').equals(article.id).delete()
      }
    }
    const total = RESTORED_TABLES.reduce((sum, table) => sum + backup.rows[table].length, 0)
    let done = 0
    for (const table of RESTORED_TABLES) {
      const rows = backup.rows[table]
      for (let at = 0; at < rows.length; at += CHUNK) {
        const chunk = rows.slice(at, at + CHUNK)
        await db.table(table).bulkPut(chunk)
        done += chunk.length
        onProgress?.({ phase: 'apply', done, total })
      }
    }
    if (kept.length) await db.revisions.bulkAdd(kept)
    return plan
  })
}
