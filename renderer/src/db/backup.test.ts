import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createArticle, saveArticleText, saveArticleTextOnExit } from './articles'
import { exportWorkspace, LATEST_VERSION, planRestore, readBackup, restoreBackup, type Backup, type BackupReading } from './backup'
import { openBrief } from './briefs'
import { checkId, saveCheckResults, setVerdict } from './checks'
import { DATABASE_NAME, RedaktorDatabase } from './database'
import { applyJournal } from './exitWrite'
import { confirmQuotes } from './quotes'
import { revisionsOfArticle, takeRevision } from './revisions'
import { setSetting } from './settings'
import { addSource } from './sources'
import { TABLE_NAMES } from './records'

// dexie-export-import reads files with the browser's FileReader and looks for `self` as it loads.
vi.hoisted(() => {
  class NodeFileReader {
    result: ArrayBuffer | null = null
    onload: ((event: { target: NodeFileReader }) => void) | null = null
    onerror: ((event: { target: { error: unknown } }) => void) | null = null
    onabort: (() => void) | null = null
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer
          this.onload?.({ target: this })
        },
        (error: unknown) => this.onerror?.({ target: { error } }),
      )
    }
  }
  const global = globalThis as Record<string, unknown>
  global.FileReader ??= NodeFileReader
  global.self ??= globalThis
})

let names = 0
const opened: RedaktorDatabase[] = []
/** The workspace a backup is made from carries the app's database name, as in the app. */
const fresh = (name = `redaktor-backup-test-${++names}`) => {
  const db = new RedaktorDatabase(name)
  opened.push(db)
  return db
}
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close())
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name)
})

/** An article as an editor leaves it: a tag, a source, a verdict, a brief and a named version. */
async function workedArticle(db: RedaktorDatabase, text: string) {
  const article = await createArticle(db, { plainText: text, editorState: JSON.stringify({ root: { text } }) })
  const [quote] = await confirmQuotes(db, article.id, [{ markId: 'm1', text: 'negociatat teknike', speaker: 'Shtëpia e Bardhë', kind: 'direct', start: 7 }])
  const source = await addSource(db, article.id, { title: 'Deklarata', author: null, language: 'sq', text: 'negociata teknike', origin: 'pasted' })
  await saveCheckResults(
    db,
    article.id,
    [{ quoteId: quote.id, sourceId: source.id, quoteText: quote.text, status: 'near-verbatim', score: 0.9, match: { text: 'negociata teknike', start: 0, end: 17 }, diff: [], attribution: 'unknown', attributionReason: { code: 'no-author', source: { id: source.id, title: source.title } }, attributionSource: source.id, ownSource: false, missingNumbers: [] }],
    { quoteIds: new Set([quote.id]), sourceIds: new Set([source.id]) },
  )
  await setVerdict(db, checkId(quote.id, source.id), 'confirmed', 'Në rregull', quote.text)
  await openBrief(db, article.id, 'sq')
  await takeRevision(db, article.id, 'manual', { note: 'Versioni i parë' })
  return article
}

/** Every table's rows, in id order, for comparing two workspaces. */
async function contents(db: RedaktorDatabase, skip: string[] = ['settings']) {
  const out: Record<string, unknown[]> = {}
  for (const table of TABLE_NAMES.filter((name) => !skip.includes(name))) {
    out[table] = (await db.table(table).toArray()).sort((a, b) => String(a.id).localeCompare(String(b.id)))
  }
  return out
}

async function backupText(db: RedaktorDatabase): Promise<string> {
  return (await exportWorkspace(db)).text()
}

const mustRead = (reading: BackupReading): Backup => {
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`)
  return reading.backup
}

describe('backing up and restoring the workspace', () => {
  it('restores into an empty workspace exactly what was backed up: articles, text, tags, checks, verdicts, briefs, versions', async () => {
    const source = fresh(DATABASE_NAME)
    await workedArticle(source, 'Tha se "negociatat teknike" vazhdojnë.')
    await workedArticle(source, 'Një artikull tjetër me "negociatat teknike".')
    const progress: string[] = []
    const backup = mustRead(await readBackup(await backupText(source), 'kopja.json', (p) => progress.push(p.phase)))
    expect(backup.version).toBe(LATEST_VERSION)
    expect(progress).toContain('stage')
    expect(progress).toContain('check')

    const target = fresh()
    await restoreBackup(target, backup, 'replace')
    expect(await contents(target)).toEqual(await contents(source))
  })

  it('refuses a truncated file, a newer version and a broken record, and changes nothing', async () => {
    const db = fresh(DATABASE_NAME)
    await workedArticle(db, 'Tha se "negociatat teknike" vazhdojnë.')
    await setSetting(db, 'language', 'en')
    const before = await contents(db, [])
    const text = await backupText(db)

    const truncated = await readBackup(text.slice(0, Math.floor(text.length / 2)), 'e-prere.json')
    expect(truncated).toEqual({ ok: false, problem: { code: 'not-json' } })

    const json = JSON.parse(text)
    json.data.databaseVersion = LATEST_VERSION + 1
    expect(await readBackup(JSON.stringify(json), 'e-re.json')).toEqual({ ok: false, problem: { code: 'newer', version: LATEST_VERSION + 1, known: LATEST_VERSION } })

    const broken = JSON.parse(text)
    broken.data.data.find((table: { tableName: string }) => table.tableName === 'articles').rows[0].plainText = 42
    const refused = await readBackup(JSON.stringify(broken), 'e-prishur.json')
    expect(refused).toMatchObject({ ok: false, problem: { code: 'invalid-record', table: 'articles', index: 0 } })

    const short = JSON.parse(text)
    short.data.data.find((table: { tableName: string }) => table.tableName === 'checks').rows.pop()
    expect(await readBackup(JSON.stringify(short), 'pa-rreshta.json')).toEqual({ ok: false, problem: { code: 'incomplete', table: 'checks' } })

    expect(await readBackup('{"hello":"world"}', 'tjeter.json')).toEqual({ ok: false, problem: { code: 'not-backup' } })
    const foreign = JSON.parse(text)
    foreign.data.databaseName = 'other-app'
    expect(await readBackup(JSON.stringify(foreign), 'tjeter.json')).toEqual({ ok: false, problem: { code: 'other-database', name: 'other-app' } })
    expect(await readBackup('\u0000\u0001binary', 'foto.json')).toEqual({ ok: false, problem: { code: 'not-json' } })
    expect(await readBackup('', 'bosh.json')).toEqual({ ok: false, problem: { code: 'not-json' } })

    expect(await contents(db, [])).toEqual(before)
  })

  it('merging: new articles are added, one in both is replaced and its copy here kept in its history, the rest stays', async () => {
    const office = fresh(DATABASE_NAME)
    const shared = await workedArticle(office, 'Versioni i zyrës.')
    const fromOffice = await workedArticle(office, 'Vetëm në zyrë.')
    const backup = mustRead(await readBackup(await backupText(office), 'zyra.json'))

    const home = fresh()
    await restoreBackup(home, mustRead(await readBackup(await backupText(office), 'zyra.json')), 'replace')
    await saveArticleText(home, shared.id, '{"root":{"home":true}}', 'Versioni i shtëpisë.')
    const onlyHome = await createArticle(home, { plainText: 'Vetëm në shtëpi.' })
    await setSetting(home, 'language', 'en')

    const plan = await planRestore(home, backup, 'merge')
    expect(plan.replaced.map((a) => a.id)).toEqual([shared.id])
    expect(plan.unchanged.map((a) => a.id)).toEqual([fromOffice.id])
    expect(plan.onlyHere.map((a) => a.id)).toEqual([onlyHome.id])

    await restoreBackup(home, backup, 'merge')
    expect(await home.articles.get(shared.id)).toMatchObject({ plainText: 'Versioni i zyrës.' })
    expect(await home.articles.get(onlyHome.id)).toMatchObject({ plainText: 'Vetëm në shtëpi.' })
    const [kept] = await revisionsOfArticle(home, shared.id)
    expect(kept).toMatchObject({ kind: 'before-import', detail: 'zyra.json', plainText: 'Versioni i shtëpisë.' })
    expect(await home.settings.get('language')).toEqual({ key: 'language', value: 'en' })
  })

  it('an edit journaled as a page went away earlier does not write over the article a backup brought back', async () => {
    const storage = new Map<string, string>()
    ;(globalThis as { localStorage?: Storage }).localStorage = {
      get length() {
        return storage.size
      },
      key: (index: number) => [...storage.keys()][index] ?? null,
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
      clear: () => storage.clear(),
    }
    try {
      const db = fresh(DATABASE_NAME)
      const article = await workedArticle(db, 'Teksti i kopjes.')
      const backup = mustRead(await readBackup(await backupText(db), 'kopja.json'))
      // The tab was hidden once (a journal entry), then the article was saved and edited further.
      saveArticleTextOnExit(article.id, '{}', 'Teksti para rikthimit.')
      await restoreBackup(db, backup, 'replace')
      await applyJournal(db) // the next start
      expect(await db.articles.get(article.id)).toMatchObject({ plainText: 'Teksti i kopjes.' })
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage
    }
  })

  it('replacing deletes only what the confirmation named', async () => {
    const office = fresh(DATABASE_NAME)
    await workedArticle(office, 'Nga zyra.')
    const backup = mustRead(await readBackup(await backupText(office), 'zyra.json'))
    const home = fresh()
    const local = await createArticle(home, { plainText: 'Vetëm këtu.' })
    const plan = await planRestore(home, backup, 'replace')
    expect(plan.onlyHere.map((a) => a.id)).toEqual([local.id])
    await restoreBackup(home, backup, 'replace')
    expect((await home.articles.toArray()).map((a) => a.plainText)).toEqual(['Nga zyra.'])
  })

  it('an older backup is upgraded by the schema history before it is checked and restored', async () => {
    // A version 2 file: revisions without kind or the article's tags.
    const v2 = olderBackup(2, { name: 'revisions', schema: 'id,articleId,[articleId+createdAt]', rows: [{ id: 'r1', articleId: 'a1', editorState: null, plainText: 'Më parë', note: 'E vjetër', createdAt: 1 }] })
    const backup = mustRead(await readBackup(JSON.stringify(v2), 'v2.json'))
    expect(backup.version).toBe(2)
    const db = fresh()
    await restoreBackup(db, backup, 'merge')
    expect(await db.revisions.get('r1')).toMatchObject({ kind: 'manual', note: 'E vjetër', quotes: [], checks: [] })
  })

  it('a backup from before version 5 restores its brief as the editor’s overrides', async () => {
    // A version 4 file: the brief a snapshot of the draft, with an edited headline and a quote left out.
    const v4 = olderBackup(4, {
      name: 'briefs',
      schema: 'id,articleId',
      rows: [
        {
          id: 'b1', articleId: 'a1', headline: 'Titulli im', lede: 'Hyrja', ledeState: null, keyPoints: [], quoteIds: [],
          quotes: [{ key: 'q1', text: 'citim', speaker: null, status: 'not-found', verdict: null, attribution: 'unknown', sourceId: null, sourceTitle: null, passage: null, included: false }],
          notes: [], sources: [], language: 'sq', article: { title: 'T', language: 'sq' }, pageSize: 'A4', updatedAt: 3,
        },
      ],
    })
    const backup = mustRead(await readBackup(JSON.stringify(v4), 'v4.json'))
    expect(backup.version).toBe(4)
    const db = fresh()
    await restoreBackup(db, backup, 'merge')
    expect(await db.briefs.get('b1')).toMatchObject({ headline: 'Titulli im', quotes: [{ key: 'q1', text: 'citim', included: false, line: null }], omissions: true, composed: null })
  })
})

/** A backup file as an older version wrote it: one article, and one more table. */
function olderBackup(version: number, table: { name: string; schema: string; rows: unknown[] }) {
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'redaktor',
      databaseVersion: version,
      tables: [
        { name: 'articles', schema: 'id,updatedAt,title', rowCount: 1 },
        { name: table.name, schema: table.schema, rowCount: table.rows.length },
      ],
      data: [
        { tableName: 'articles', inbound: true, rows: [{ id: 'a1', title: 'T', language: 'sq', editorState: null, plainText: 'Tekst', createdAt: 1, updatedAt: 1 }] },
        { tableName: table.name, inbound: true, rows: table.rows },
      ],
    },
  }
}
