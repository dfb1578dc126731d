// Which workspace each published document belongs to, in the server's SQLite file.
import type { ServerDatabase } from './database'

export const registrySchema = `CREATE TABLE IF NOT EXISTS "registry" (
  "name" varchar(255) NOT NULL PRIMARY KEY,
  "workspace" varchar(64) NOT NULL,
  "published_at" integer NOT NULL
)`

type Sql = Pick<ServerDatabase, 'run' | 'get'>

export class Registry {
  constructor(private readonly database: Sql) {}

  async workspaceOf(documentName: string): Promise<string | undefined> {
    const row = await this.database.get<{ workspace: string }>('SELECT workspace FROM "registry" WHERE name = $name', { $name: documentName })
    return row?.workspace
  }

  /**
   * Registers the document under `workspace` unless it is registered already, and returns the
   * workspace it belongs to now. One statement decides, so two servers on one file agree.
   */
  async publish(documentName: string, workspace: string): Promise<string> {
    await this.database.run('INSERT INTO "registry" (name, workspace, published_at) VALUES ($name, $workspace, $at) ON CONFLICT(name) DO NOTHING', {
      $name: documentName,
      $workspace: workspace,
      $at: Date.now(),
    })
    const owner = await this.workspaceOf(documentName)
    if (!owner) throw new Error(`document ${documentName} was not registered`)
    return owner
  }
}
