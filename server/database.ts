// The server's SQLite file, DIR/redaktor.sqlite: the documents in the table and with the queries of
// Hocuspocus's SQLite extension, and beside them the registry of published documents.
import { SQLite, schema as documentsSchema, upsertQuery } from '@hocuspocus/extension-sqlite'
import sqlite3 from 'sqlite3'

export const DATABASE_FILE = 'redaktor.sqlite'

const STORE_ATTEMPTS = 5

/**
 * Hocuspocus's SQLite extension, changed where it could lose what a client sent:
 * - the connection is opened, and the tables made, before the server listens (the extension opens
 *   it in a hook nobody waits for, and a document asked for before then never loads);
 * - a store waits for its write, retries a busy file and logs a failure (the extension's store
 *   returns at once and an error without a callback would end the process);
 * - stopping closes the connection, which waits for the writes still queued.
 * WAL and a busy timeout let two servers behind one Redis share the file.
 */
export class ServerDatabase extends SQLite {
  declare db: sqlite3.Database

  private constructor(file: string, db: sqlite3.Database) {
    super({ database: file })
    this.db = db
    this.configuration.store = ({ documentName, state }) => this.storeDocument(documentName, state)
  }

  /** Opens (or creates) the file and makes the documents' table and the tables in `schemas`. */
  static async open(file: string, schemas: readonly string[] = []): Promise<ServerDatabase> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened: sqlite3.Database = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)))
    })
    try {
      db.configure('busyTimeout', 5000)
      const database = new ServerDatabase(file, db)
      await database.run('PRAGMA journal_mode = WAL')
      for (const schema of [documentsSchema, ...schemas]) await database.run(schema)
      return database
    } catch (error) {
      db.close()
      throw error
    }
  }

  override async onConfigure(): Promise<void> {} // opened by open(), before the server exists
  override async onListen(): Promise<void> {} // the extension's only warning is about in-memory files

  run(sql: string, params: Record<string, unknown> = {}): Promise<void> {
    return new Promise((resolve, reject) => this.db.run(sql, params, (error: Error | null) => (error ? reject(error) : resolve())))
  }

  get<Row>(sql: string, params: Record<string, unknown> = {}): Promise<Row | undefined> {
    return new Promise((resolve, reject) => this.db.get<Row>(sql, params, (error, row) => (error ? reject(error) : resolve(row))))
  }

  private async storeDocument(name: string, state: Buffer): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.run(upsertQuery, { $name: name, $data: state })
      } catch (error) {
        if (attempt === STORE_ATTEMPTS) {
          // Not thrown: Hocuspocus would rethrow it from a timer and end the process. The clients
          // keep their copy and send it again when they reconnect.
          console.error(`Could not store document ${name}:`, error)
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt))
      }
    }
  }

  /** Hocuspocus's last hook on stop: closing waits for the writes still queued. */
  async onDestroy(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve())))
  }
}
