import { describe, expect, it } from 'vitest'
import { matchesQuery } from './entitySearch'

const whiteHouse = { name: 'Shtëpia e Bardhë', aliases: ['White House'] }

describe('finding a speaker by what the editor types', () => {
  it('finds an entity by the start of its name, without diacritics', () => {
    expect(matchesQuery(whiteHouse, 'shtep')).toBe(true)
    expect(matchesQuery(whiteHouse, 'white')).toBe(true)
  })

  it('finds an entity by an inflected form of its name', () => {
    expect(matchesQuery(whiteHouse, 'Shtëpisë')).toBe(true)
    expect(matchesQuery(whiteHouse, 'Shtëpisë së Bardhë')).toBe(true)
    expect(matchesQuery({ name: 'Moska', aliases: [] }, 'Moskës')).toBe(true)
  })

  it('does not find an unrelated entity', () => {
    expect(matchesQuery(whiteHouse, 'Kremlini')).toBe(false)
  })
})
