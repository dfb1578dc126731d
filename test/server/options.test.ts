// The server's command line, its token variable, and the process itself: bad input exits with 2 and
// says why; a good start prints where it listens and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseOptions, UsageError } from '../../server/options'
import { parseWorkspaces, workspaceForToken } from '../../server/workspaces'

describe('REDAKTOR_SERVER_TOKEN', () => {
  it('is one token for the workspace "default", or name=token pairs', () => {
    expect(parseWorkspaces('s3cret')).toEqual([{ name: 'default', token: 's3cret' }])
    expect(parseWorkspaces(' desk=abc , sport=def ')).toEqual([
      { name: 'desk', token: 'abc' },
      { name: 'sport', token: 'def' },
    ])
  })

  it.each([
    ['missing', undefined, /not set/],
    ['blank', '   ', /not set/],
    ['an entry without a token', 'desk=abc,sport=', /entry 2/],
    ['an entry without a name', 'desk=abc,=def', /entry 2/],
    ['a pair and a bare token', 'desk=abc,def', /entry 2/],
    ['a name twice', 'desk=abc,desk=def', /named twice/],
    ['one token for two workspaces', 'desk=abc,sport=abc', /same token/],
    ['a bare token with a comma', 'abc,def', /cannot contain ","/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => parseWorkspaces(value)).toThrow(message)
  })

  it('finds the workspace of a token, and none for a near miss', () => {
    const workspaces = parseWorkspaces('desk=abc,sport=def')
    expect(workspaceForToken(workspaces, 'def')?.name).toBe('sport')
    expect(workspaceForToken(workspaces, 'de')).toBeUndefined()
    expect(workspaceForToken(workspaces, 'abcd')).toBeUndefined()
    expect(workspaceForToken(workspaces, '')).toBeUndefined()
  })
})

describe('command line', () => {
  const env = { REDAKTOR_SERVER_TOKEN: 'tok' }
  it('reads port, folder, host and Redis (from the flag or the environment)', () => {
    expect(parseOptions(['--port', '1234', '--data', 'd'], env)).toEqual({
      port: 1234,
      dataDir: 'd',
      host: undefined,
      redisUrl: undefined,
      workspaces: [{ name: 'default', token: 'tok' }],
    })
    expect(parseOptions(['--port', '0', '--data', 'd', '--host', '0.0.0.0', '--redis', 'redis://r:6379'], env)).toMatchObject({ host: '0.0.0.0', redisUrl: 'redis://r:6379' })
    expect(parseOptions(['--port', '0', '--data', 'd'], { ...env, REDAKTOR_REDIS_URL: 'redis://r:1' })).toMatchObject({ redisUrl: 'redis://r:1' })
  })

  it.each([
    [['--data', 'd'], /--port is missing/],
    [['--port', '70000', '--data', 'd'], /0 to 65535/],
    [['--port', '-1', '--data', 'd'], /--port/],
    [['--port', '1234'], /--data is missing/],
    [['--port', '1234', '--data', 'd', '--redis', 'localhost:6379'], /redis:\/\/host:port/],
    [['--port', '1234', '--data', 'd', '--colour'], /--colour/],
    [['--port', '1234', '--data', 'd', 'extra'], /extra/],
  ])('refuses %j', (args, message) => {
    expect(() => parseOptions(args, env)).toThrow(UsageError)
    expect(() => parseOptions(args, env)).toThrow(message)
  })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `npm run server` as a user would (through tsx); `whenListening` runs once it printed its line. */
function runServer(args: string[], env: Record<string, string>, whenListening?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const { REDAKTOR_SERVER_TOKEN: _t, REDAKTOR_REDIS_URL: _r, ...inherited } = process.env
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { env: { ...inherited, ...env } })
    const run: Run = { code: null, stdout: '', stderr: '' }
    child.stdout.on('data', (chunk) => {
      run.stdout += chunk
      if (whenListening && run.stdout.includes('listening on')) {
        whenListening(child)
        whenListening = undefined
      }
    })
    child.stderr.on('data', (chunk) => (run.stderr += chunk))
    child.on('close', (code) => resolve({ ...run, code }))
  })
}

describe('the server process', () => {
  it('exits with 2 and says why when the token is missing or an argument is wrong', async () => {
    const noToken = await runServer(['--port', '0', '--data', tmpdir()], {})
    expect(noToken.code).toBe(2)
    expect(noToken.stderr).toContain('REDAKTOR_SERVER_TOKEN is not set')
    const badPort = await runServer(['--port', 'abc', '--data', tmpdir()], { REDAKTOR_SERVER_TOKEN: 'tok' })
    expect(badPort.code).toBe(2)
    expect(badPort.stderr).toContain('--port must be a number')
    expect(badPort.stderr).toContain('Usage:')
  }, 30_000)

  it('prints where it listens and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'redaktor-server-'))
    try {
      const run = await runServer(['--port', '0', '--data', dataDir], { REDAKTOR_SERVER_TOKEN: 'desk=a,sport=b' }, (child) => child.kill('SIGTERM'))
      expect(run.stdout).toMatch(/^Redaktor server listening on ws:\/\/127\.0\.0\.1:\d+ \(data .+, workspaces: desk, sport\)$/m)
      expect(run.code).toBe(0)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 30_000)
})
