#!/usr/bin/env node
// The command-line benchmark's baseline, as a whole process: read a source and a list of
// quotes, and find each quote in the whole source with approx-string-match (Myers'
// bit-parallel search, up to a quarter of the quote's length in edits), the naive way to check
// quotes. Usage: node scripts/bench/myers-per-quote.mjs SOURCE QUOTES.json
import process from 'node:process'
import { readFileSync } from 'node:fs'
import search from 'approx-string-match'

const fold = (text) => text.normalize('NFC').toLowerCase()
const source = fold(readFileSync(process.argv[2], 'utf8'))
const quotes = JSON.parse(readFileSync(process.argv[3], 'utf8'))
let found = 0
for (const quote of quotes) {
  const pattern = fold(quote)
  if (search(source, pattern, Math.floor(pattern.length * 0.25)).length > 0) found++
}
process.stdout.write(`${found}/${quotes.length}\n`)
