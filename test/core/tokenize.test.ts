import { describe, expect, it } from 'vitest'
import { countWords, tokenize, tokensIn, wordTokens } from '../../renderer/src/core/text/tokenize'

describe('the tokenizer', () => {
  it('keeps elided, hyphenated and grouped forms whole, and has views for words and counts', () => {
    expect(tokenize('S’ka 1.500 e SHBA-në… 15%').map((t) => [t.text, t.kind])).toEqual([
      ['S’ka', 'word'], ['1.500', 'number'], ['e', 'word'], ['SHBA-në', 'word'], ['…', 'punct'], ['15%', 'number'],
    ])
    expect(wordTokens('Ai tha: “Po.”').map((t) => t.text)).toEqual(['Ai', 'tha', 'Po'])
    expect(countWords('S’ka të bëjë me SHBA-në, tha ai.')).toBe(7)
  })

  it('gives the tokens of a stretch of a long text as if the stretch were tokenized alone', () => {
    const text = 'Ministri tha se 1.500 punëtorë… '.repeat(200)
    for (const [from, to] of [[0, 40], [33, 4000], [35, 3999], [1, text.length - 1], [0, text.length]]) {
      expect(tokensIn(text, from, to)).toEqual(tokenize(text.slice(from, to), from))
    }
  })
})

describe('the word count', () => {
  it('counts the tokens that are words or numbers', () => {
    for (const text of ['', '...', 'Ai tha: “Po, 1.500 herë!”', 'S’ka -b a-b 15% …x', 'e\u0301 \u0301 😀 ٣٣ COVID-19']) {
      expect(countWords(text)).toBe(wordTokens(text).length)
    }
  })
})
