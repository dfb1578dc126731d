// npm run server -- --port N --data DIR [--host H] [--redis URL]: the collaboration server for shared articles.
import { resolve } from 'node:path'
import { startServer } from './createServer'
import { parseOptions, UsageError, USAGE } from './options'

let options
try {
  options = parseOptions(process.argv.slice(2), process.env)
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`redaktor server: ${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (options === 'help') {
  console.log(USAGE)
  process.exit(0)
}

const dataDir = resolve(options.dataDir)
let server
try {
  server = await startServer({ ...options, dataDir })
} catch (error) {
  console.error(`redaktor server: could not start: ${(error as Error).message}`)
  process.exit(1)
}

let stopping = false
const stop = async (signal: string) => {
  if (stopping) process.exit(130) // a second signal does not wait for the stores
  stopping = true
  console.log(`${signal}: storing open documents and stopping…`)
  try {
    await server.stop()
    process.exit(0)
  } catch (error) {
    console.error(`redaktor server: stopping failed: ${(error as Error).message}`)
    process.exit(1)
  }
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))

// Printed once the signals are handled, so whoever waits for this line may stop the server.
const workspaces = options.workspaces.map((w) => w.name).join(', ')
const redis = options.redisUrl ? `, Redis ${new URL(options.redisUrl).host}` : ''
console.log(`Redaktor server listening on ${server.url} (data ${dataDir}, workspaces: ${workspaces}${redis})`)
