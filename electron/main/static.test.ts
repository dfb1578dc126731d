import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentType, isInside, resolveStaticPath } from './static'

const root = resolve('/srv/redaktor/out/renderer')

describe('resolveStaticPath: app:// cannot read outside out/renderer', () => {
  it('maps asset paths into the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/index.html')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveStaticPath(root, '/assets/noto%20serif.woff2')).toBe(join(root, 'assets', 'noto serif.woff2'))
  })

  it('keeps dot-dots that stay inside', () => {
    expect(resolveStaticPath(root, '/assets/../index.html')).toBe(join(root, 'index.html'))
  })

  it('refuses traversal, plain or encoded', () => {
    for (const p of ['/../package.json', '/..', '/assets/../../main/index.js', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2E%2E%2F', '//../secret']) {
      expect(resolveStaticPath(root, p), p).toBeNull()
    }
  })

  it('refuses backslashes, NUL bytes and undecodable escapes', () => {
    expect(resolveStaticPath(root, '/..%5c..%5csecret')).toBeNull()
    expect(resolveStaticPath(root, '/index.html%00.png')).toBeNull()
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull()
  })

  it('treats an absolute path in the URL as relative to the root', () => {
    expect(resolveStaticPath(root, '//etc/passwd')).toBe(join(root, 'etc', 'passwd'))
  })

  it('catches a symlink out of the folder through isInside on real paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaktor-static-'))
    mkdirSync(join(dir, 'renderer'))
    writeFileSync(join(dir, 'secret.txt'), 'x')
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'renderer', 'link.txt'))
    expect(isInside(join(dir, 'renderer'), join(dir, 'renderer', 'link.txt'))).toBe(true)
    expect(isInside(join(dir, 'renderer'), join(dir, 'secret.txt'))).toBe(false)
    expect(isInside(join(dir, 'renderer'), join(dir, 'renderer-other', 'x'))).toBe(false)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('contentType', () => {
  it('names the types the renderer build produces', () => {
    expect(contentType('index.html')).toMatch(/^text\/html/)
    expect(contentType('a/b.JS')).toMatch(/^text\/javascript/)
    expect(contentType('x.css')).toMatch(/^text\/css/)
    expect(contentType('f.woff2')).toBe('font/woff2')
    expect(contentType('i.svg')).toBe('image/svg+xml')
    expect(contentType('m.wasm')).toBe('application/wasm')
    expect(contentType('unknown.bin')).toBe('application/octet-stream')
  })
})
