import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceInput } from '../renderer/src/core/index'
import { root, seedArticle } from './cli'

// Every fixture article with its sources, and the seed, for tests that run the core over all of them.

export interface FixtureCase {
  name: string
  article: string
  sources?: SourceInput[]
}

const dir = join(root, 'test', 'fixtures', 'cases')

export const fixtureCases: FixtureCase[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureCase[])

export const seedCase: FixtureCase = { name: 'seed', article: readFileSync(seedArticle, 'utf8') }
