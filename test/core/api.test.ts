import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  attributionContext, checkNumbers, checkQuote, findEmbeddedSources, isStopword, normalise, resolveEntity, sameEntity, stem, toNominative, tokenize, parseTitled,
} from '../../renderer/src/core/index'

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed', 'article.sq.txt'), 'utf8')

/** How a speaker relates to a source's author, with nothing but the two names (and the built-in data) to go on. */
function relation(speaker: string, author: string): string {
  const { book, sources } = attributionContext('', [{ id: 's1', title: 'Burimi', author, text: 'Teksti.' }])
  const voice = sources.get('s1')!.voices[0]
  return book.relate(book.resolve(speaker, 'article').id, voice).kind
}

describe('text model', () => {
  it('folds case, apostrophes and (optionally) diacritics, and maps back to raw offsets', () => {
    const raw = 'S’KA  Shtëpi'
    const view = normalise(raw)
    expect(view.text).toBe("s'ka  shtëpi")
    expect(normalise(raw, { foldDiacritics: true }).text).toBe("s'ka  shtepi")
    const at = view.text.indexOf('shtëpi')
    expect(view.toRaw(at, at + 6)).toEqual({ start: 6, end: 12 })
  })

  it('maps back through decomposed letters and length-changing case folds', () => {
    const raw = 'Ne\u0308 İstanbul' // "Në" written with a combining diaeresis, and a dotted capital I
    const view = normalise(raw)
    expect(view.text.startsWith('në ')).toBe(true)
    const at = view.text.indexOf('stanbul')
    const span = view.toRaw(at, at + 7)
    expect(raw.slice(span.start, span.end)).toBe('stanbul')
    const first = view.toRaw(0, 2)
    expect(raw.slice(first.start, first.end)).toBe('Ne\u0308')
  })

  it('keeps apostrophes and hyphens inside words and numbers whole', () => {
    const words = tokenize('t’i s\'ka n’Tiranë SHBA-së 1.500 3,5%').map((t) => t.text)
    expect(words).toEqual(['t’i', "s'ka", 'n’Tiranë', 'SHBA-së', '1.500', '3,5%'])
  })
})

describe('Albanian language data', () => {
  it('stems the case and definiteness forms of a noun alike', () => {
    expect(stem('negociatat')).toBe(stem('negociata'))
    expect(stem('Moskës')).toBe(stem('Moska'))
    expect(stem('Shtëpisë')).toBe(stem('Shtëpia'))
    expect(stem('Shteteve')).toBe(stem('Shtetet'))
    expect(stem('SHBA-së')).toBe(stem('SHBA'))
    expect(stem('1.500')).toBe(stem('1500'))
  })

  it('knows the published stopwords, with or without diacritics', () => {
    for (const w of ['që', 'të', 'në', 'dhe', 'se', 'për', 'nuk']) expect(isStopword(w)).toBe(true)
    for (const w of ['negociata', 'Trump', 'paqe']) expect(isStopword(w)).toBe(false)
  })
})

describe('entities', () => {
  it('resolve inflected forms to one entity', () => {
    expect(sameEntity('Moska', 'Moskës')).toBe(true)
    expect(sameEntity('Shtëpia e Bardhë', 'Shtëpisë së Bardhë')).toBe(true)
    expect(resolveEntity('Kremlinit').name).toBe('Kremlini')
    expect(resolveEntity('presidenti Vladimir Putin').name).toBe('Vladimir Putin')
    expect(sameEntity('Moska', 'Kremlini')).toBe(false)
  })

  it('treat affiliated entities and compound speakers as one side', () => {
    expect(relation('Trump', 'Shtëpia e Bardhë')).toBe('speaks-for')
    expect(relation('Trump dhe Putin', 'Shtëpia e Bardhë')).toBe('speaks-for')
    expect(relation('Moska', 'Shtëpia e Bardhë')).toBe('unrelated')
    expect(resolveEntity('Trump dhe Putin').members).toEqual(['trump', 'putin'])
  })

  it('give unknown names an ad-hoc entity in the nominative', () => {
    expect(toNominative('Ministrisë së Jashtme')).toBe('Ministria e Jashtme')
    expect(toNominative('Shteteve të Bashkuara')).toBe('Shtetet e Bashkuara')
    expect(toNominative('Departamentit të Shtetit')).toBe('Departamenti i Shtetit')
    // A body's noun with its place: the place stays as it is, whatever it ends in.
    expect(toNominative('Bashkisë Durrës')).toBe('Bashkia Durrës')
    expect(toNominative('Autoritetit Portual Sarandë')).toBe('Autoriteti Portual Sarandë')
    expect(toNominative('Ilir Metës')).toBe('Ilir Meta')
    expect(toNominative('Eriona Malajt')).toBe('Eriona Malaj')
    expect(parseTitled('zyrtar i Bashkisë Durrës')?.orgs).toEqual(['Bashkia Durrës'])
    expect(parseTitled('zyrtar i Bashkisë Durrës')?.name).toBeNull()
    const e = resolveEntity('Bashkisë së Korçës')
    expect(e.name).toBe('Bashkia e Korçës')
    expect(e.id).toBe(resolveEntity('Bashkia e Korçës').id)
  })
})

describe('checks', () => {
  it('checks a bare quote against pasted sources', () => {
    const [check] = checkQuote('negociatat teknike', [{ text: findEmbeddedSources(seed)[0].text }])
    expect(check).toMatchObject({ source: 's1', status: 'near-verbatim', match: { text: 'negociata teknike' } })
  })

  it('reads a changed tense or person, the plural ablative and the numeral three in its other gender as inflections', () => {
    const pairs: Array<[string, string]> = [
      ['nuk është konsultuar asnjë përfaqësues i udhëtarëve', 'nuk u konsultua asnjë përfaqësues i udhëtarëve'],
      ['i paguajmë furnitorët brenda 30 ditëve', 'i paguajmë furnitorët brenda 30 ditësh'],
      ['pronari ishte njoftuar tre herë me shkrim', 'pronari ishte njoftuar tri herë me shkrim'],
      // "we lose" for "they lose": the present's persons.
      ['uji gërryen brigjet dhe çdo dimër humbasim toka bujqësore', 'uji gërryen brigjet dhe çdo dimër humbasin toka bujqësore'],
    ]
    for (const [quote, source] of pairs) expect(checkQuote(quote, [{ text: source }])[0].status, quote).toBe('near-verbatim')
    expect(checkQuote('pronari ishte njoftuar katër herë me shkrim', [{ text: 'pronari ishte njoftuar tri herë me shkrim' }])[0].status).toBe('paraphrase')
    // Two verbs, though the published stopword list holds both.
    expect(checkQuote('derdhja të pezullohet derisa të bëhet një ekspertizë e pavarur', [{ text: 'derdhja të pezullohet derisa të kryhet një ekspertizë e pavarur' }])[0].status).toBe('paraphrase')
  })

  it('checks the numbers of any sentence against the sources', () => {
    const statement = findEmbeddedSources(seed)[0].text
    expect(checkNumbers('Putin urdhëroi ndalimin për 30 ditë, për 175 të burgosur.', [statement]).map((n) => n.text)).toEqual(['30', '175'])
    expect(checkNumbers('U liruan 1500 të burgosur.', ['Liruan 1.500 të burgosur.'])).toEqual([])
  })
})

describe('titles and affiliation', () => {
  it('names a titled speaker in the nominative and links it to its institution', () => {
    expect(resolveEntity('Ministres së Shëndetësisë')).toMatchObject({ name: 'Ministrja e Shëndetësisë', affiliations: ['Ministria e Shëndetësisë'] })
    expect(parseTitled('ministri i Brendshëm Taulant Balla')).toEqual({ title: 'ministri i Brendshëm', orgs: ['Ministria e Brendshme'], name: 'Taulant Balla' })
    expect(parseTitled('ambasadori amerikan')?.orgs).toEqual(['Shtetet e Bashkuara'])
    expect(parseTitled('Drejtori i Përgjithshëm i Policisë së Shtetit')?.orgs).toEqual(['Policia e Shtetit'])
    expect(parseTitled('Deputeti i opozitës Kreshnik Mala')).toMatchObject({ title: 'Deputeti i opozitës', name: 'Kreshnik Mala' })
    expect(parseTitled('Drejtori i Agjencisë Kombëtare të Ujit Agim Hoxha')).toMatchObject({ title: 'Drejtori i Agjencisë Kombëtare të Ujit', name: 'Agim Hoxha' })
    expect(resolveEntity('Kryeministrit').name).toBe('Kryeministri')
  })

  it('treats a minister, a spokesman or a prime minister as affiliated with the institution', () => {
    expect(relation('Ministrja e Shëndetësisë', 'Ministria e Shëndetësisë')).toBe('speaks-for')
    expect(relation('Kryeministri Edi Rama', 'Qeveria')).toBe('speaks-for')
    expect(relation('ambasadori amerikan', 'Departamenti i Shtetit')).toBe('speaks-for')
    expect(relation('Broja', 'Armando Broja')).toBe('same')
    // A minister is part of the government the prime minister heads: never known to be another side.
    expect(relation('Ministrja e Ekonomisë', 'Kryeministri')).toBe('part-of')
    expect(relation('Ministrja e Shëndetësisë', 'Ministria e Financave')).toBe('unrelated')
  })

  it('reads a percentage written out as the same number', () => {
    const [check] = checkQuote('rritet me 15 për qind', [{ text: 'Çmimi rritet me 15%.' }])
    expect(check.status).toBe('near-verbatim')
    expect(checkNumbers('Rritja ishte 15 për qind.', ['Rritja ishte 15%.'])).toEqual([])
  })
})
