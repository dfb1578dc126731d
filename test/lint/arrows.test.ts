// The lint guard for the dependency arrows (docs/ARCHITECTURE.md), fed imports that must fail
// and imports that must pass, through the project's own ESLint configuration.
import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: join(__dirname, '..', '..') })

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {}\n`, { filePath })
  return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message)
}

describe('the arrows between folders', () => {
  it.each([
    ['core → db through its barrel', 'renderer/src/core/x.ts', "import { database } from '../db'"],
    ['core → db file', 'renderer/src/core/brief/x.ts', "import { database } from '../../db/database'"],
    ['core → React', 'renderer/src/core/x.ts', "import { useState } from 'react'"],
    ['core → editor barrel-less folder', 'renderer/src/core/x.ts', "import { x } from '../editor'"],
    ['db → editor', 'renderer/src/db/x.ts', "import { x } from '../editor/blocks'"],
    ['db → panes through a barrel', 'renderer/src/db/x.ts', "import { x } from '../panes'"],
    ['editor → db through its barrel', 'renderer/src/editor/x.ts', "import { database } from '../db'"],
    ['editor → panes', 'renderer/src/editor/plugins/x.tsx', "import { x } from '../../panes/quotes/items'"],
    ['platform → app', 'renderer/src/platform/x.ts', "import { x } from '../app'"],
    ['panes → app through its barrel', 'renderer/src/panes/checks/x.ts', "import { x } from '../../app'"],
    ['renderer → a value from the IPC contract', 'renderer/src/platform/x.ts', "import { channels } from '../../../electron/ipc'"],
    ['app → a value from the IPC contract', 'renderer/src/app/x.ts', "import { MAX_SAVE_BYTES } from '../../../electron/ipc'"],
    ['electron → db', 'electron/main/x.ts', "import { database } from '../../renderer/src/db'"],
    ['electron → panes file', 'electron/cli.ts', "import { x } from '../renderer/src/panes/checks/checker'"],
    ['preload → zod through the contract', 'electron/preload/x.ts', "import { channels } from '../ipc'"],
    ['collab → panes', 'renderer/src/collab/x.ts', "import { x } from '../panes/checks/useChecks'"],
    ['collab → React', 'renderer/src/collab/x.ts', "import { useState } from 'react'"],
    ['db → collab', 'renderer/src/db/x.ts', "import { mirrorArticle } from '../collab'"],
    ['panes → collab', 'renderer/src/panes/checks/x.ts', "import { currentVerdict } from '../../collab/verdicts'"],
    ['server → the core', 'server/x.ts', "import { normalise } from '../renderer/src/core/index'"],
    ['server → electron', 'server/x.ts', "import { channels } from '../electron/ipc'"],
    ['panes → a value from the core barrel', 'renderer/src/panes/checks/x.ts', "import { STATUSES } from '../../core'"],
    ['db → a value from the core index', 'renderer/src/db/x.ts', "import { STATUS_RANK } from '../core/index'"],
  ])('refuses %s', async (_name, file, code) => {
    expect(await restricted(file, code)).toHaveLength(1)
  })

  it.each([
    ['core → core', 'renderer/src/core/x.ts', "import { normalise } from './text/normalise'"],
    ['db → core', 'renderer/src/db/x.ts', "import { titleFromText } from '../core/article'"],
    ['panes → db through its barrel', 'renderer/src/panes/checks/x.ts', "import { database } from '../../db'"],
    ['platform → types of the IPC contract', 'renderer/src/platform/x.ts', "import type { RedaktorApi } from '../../../electron/ipc'"],
    ['electron → core', 'electron/cli.ts', "import { checkArticle } from '../renderer/src/core/index'"],
    ['preload → types of the contract', 'electron/preload/x.ts', "import type { RedaktorApi } from '../ipc'"],
    ['collab → db and core', 'renderer/src/collab/x.ts', "import { database } from '../db'\nimport { findEmbeddedSources } from '../core/sources/embedded'"],
    ['panes → types from the core barrel', 'renderer/src/panes/checks/x.ts', "import type { QuoteCheck } from '../../core'"],
    ['app → collab', 'renderer/src/app/x.ts', "import { mirrorArticle } from '../collab'"],
    ['server → server', 'server/x.ts', "import { startServer } from './createServer'"],
  ])('allows %s', async (_name, file, code) => {
    expect(await restricted(file, code)).toEqual([])
  })
})
