// Writing the file that --out names, without surprises: a new file is created, never opened
// through a symbolic link; an existing file is replaced only with --force, and never when it is
// one of the command's own inputs.
import { lstat, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

export interface OutputOptions {
  force: boolean
  /** The files the command read, by what they are ("the article", "a --source"). */
  inputs: Array<{ path: string; what: string }>
}

export type OutputResult = { ok: true } | { ok: false; reason: string }

const refuse = (reason: string): OutputResult => ({ ok: false, reason })

function writeError(code: string | undefined, path: string): OutputResult {
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'EEXIST'
            ? 'it appeared while writing; run again'
            : (code ?? 'error')
  return refuse(`cannot write ${path}: ${why}`)
}

async function sameFile(a: { dev: number; ino: number }, path: string): Promise<boolean> {
  try {
    const b = await stat(path)
    return a.dev === b.dev && a.ino === b.ino
  } catch {
    return false
  }
}

async function writeNew(path: string, text: string): Promise<void> {
  // 'wx' is O_CREAT | O_EXCL: it fails if anything, a symbolic link included, is already there.
  const handle = await open(path, 'wx', 0o644)
  try {
    await handle.writeFile(text, 'utf8')
  } finally {
    await handle.close()
  }
}

export async function writeOutputFile(path: string, text: string, { force, inputs }: OutputOptions): Promise<OutputResult> {
  let existing
  try {
    existing = await lstat(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'ENOENT') return writeError(code, path)
  }
  if (existing) {
    if (existing.isSymbolicLink()) return refuse(`--out is a symbolic link; name a file, not a link: ${path}`)
    if (existing.isDirectory()) return refuse(`--out is a directory, not a file: ${path}`)
    if (!existing.isFile()) return refuse(`--out is not a regular file: ${path}`)
    for (const input of inputs) {
      if (await sameFile(existing, input.path)) return refuse(`--out is ${input.what} itself; write the brief to another file: ${path}`)
    }
    if (!force) return refuse(`${path} already exists; add --force to replace it`)
  }
  try {
    if (!existing) {
      await writeNew(path, text)
      return { ok: true }
    }
    // Replace by renaming a new file over the old one: the old file is never half-written,
    // and a link put in its place meanwhile is replaced, not followed.
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await writeNew(temporary, text)
      await rename(temporary, path)
    } catch (e) {
      await rm(temporary, { force: true })
      throw e
    }
    return { ok: true }
  } catch (e) {
    return writeError((e as NodeJS.ErrnoException).code, path)
  }
}
