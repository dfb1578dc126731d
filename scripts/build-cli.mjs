#!/usr/bin/env node
// Builds the command line into out/cli, started with plain node as out/cli/redaktor.mjs: the
// analysis core and everything it uses are bundled in; only Node's own modules are imported.
// What only some commands use (compare, export, --entities) is split into chunks beside it
// (out/cli/chunks/*.mjs, ES modules wherever the folder lies), loaded when those commands run.
// Part of npm run build, and of npm install / npm ci (the prepare script), so that
// `npm run cli` works as soon as the dependencies are in.
import process from 'node:process'
import { URL, fileURLToPath } from 'node:url'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

export async function buildCli({ outDir = 'out/cli' } = {}) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'electron/cli.ts',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'redaktor.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
    },
    ssr: { target: 'node', noExternal: true },
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli()
