// The draft's headline, lede and key points, from the article alone.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { draftOf, headlineOf, keyPointsOf, MAX_HEADLINE_LENGTH } from '../../renderer/src/core/brief'

const seed = readFileSync(new URL('../fixtures/seed/article.sq.txt', import.meta.url), 'utf8')
const unseen = JSON.parse(readFileSync(new URL('../fixtures/cases/unseen.json', import.meta.url), 'utf8')) as Array<{ article: string }>

describe('the draft’s headline', () => {
  it('is the first sentence’s main clause, without its reporting frame and never cut with “…”', () => {
    expect(headlineOf(seed)).toBe('Presidenti Vladimir Putin ka rënë dakord të ndalojë sulmet në infrastrukturën energjetike të Ukrainës')
  })

  it('drops an apposition and cuts only where a clause ends', () => {
    const text = 'Ministrja e Drejtësisë, Elira Kolaneci, prezantoi të hënën planin katërvjeçar për sistemin penitenciar, që parashikon ndërtimin e dy institucioneve të reja dhe rikonstruksionin e pesë të tjerave.\nTekst.'
    expect(headlineOf(text)).toBe('Ministrja e Drejtësisë prezantoi të hënën planin katërvjeçar për sistemin penitenciar')
  })

  it('is left for the editor when no whole clause is short enough', () => {
    const long = `${'Qeveria miratoi sot në mbledhjen e saj të zakonshme një paketë të gjerë masash për mbështetjen e bujqve të zonave malore të vendit '.repeat(2)}dhe të tjera.`
    expect(headlineOf(long)).toBe('')
  })

  it('is the title line when the article has one, and the lede is the paragraph after it', () => {
    const text = 'Spitali i ri hapet në mars\nMinistrja e Shëndetësisë njoftoi se spitali i ri do të hapet në mars.\nDrejtori tha se “stafi është gati”.'
    expect(headlineOf(text)).toBe('Spitali i ri hapet në mars')
    expect(draftOf(text).lede).toEqual([[{ text: 'Ministrja e Shëndetësisë njoftoi se spitali i ri do të hapet në mars.' }]])
  })

  it('never ends mid-phrase or runs long on unseen articles', () => {
    for (const { article } of unseen) {
      const headline = headlineOf(article)
      expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH)
      expect(headline).not.toMatch(/…$|\s(dhe|e|se|që|të|në|për|me),?$/u)
      if (headline) expect(article.replace(/\s+/g, ' ')).toContain(headline.split(' ').slice(0, 3).join(' '))
    }
  })
})

describe('the draft’s key points', () => {
  it('are the seed’s reported claims, one short sentence each, none repeating the headline', () => {
    expect(keyPointsOf(seed, headlineOf(seed))).toEqual([
      'Putin ka urdhëruar ushtrinë që të ndalojë sulmet në ato objektiva për 30 ditë, pas bisedimeve me Donald Trump.',
      'Shtëpia e Bardhë tha se të dy palët ranë dakord të zhvillonin “negociatat teknike” për një armëpushim detar dhe një armëpushim të plotë dhe paqe të përhershme.',
      'Moska thotë se Putin dhe Trump shprehën interes të ndërsjellë për “normalizimin e marrëdhënieve” midis SHBA-së dhe Rusisë.',
      'U ra dakord gjithashtu për një shkëmbim të burgosurish midis Moskës dhe Kievit, për 175 të burgosur lufte.',
    ])
  })

  it('say a claim once, however often the article repeats it', () => {
    const text = 'Këshilli mblidhet sot.\nKryetari tha se tarifa do të rritet me 10 për qind.\nSipas kryetarit, tarifa do të rritet me 10 për qind.\nOpozita tha se do të votojë kundër.'
    expect(keyPointsOf(text, '')).toEqual(['Kryetari tha se tarifa do të rritet me 10 për qind.', 'Opozita tha se do të votojë kundër.'])
  })

  it('end where a quotation ends its sentence, and never split inside one', () => {
    const text =
      'Titulli i lajmit\nKompania nis punimet.\nDrejtori i kompanisë deklaroi: „Punimet nisin në pranverë.“ Sipas kompanisë, projekti do të sjellë 40 vende pune.\n' +
      'Këshilltari i opozitës Ardit Bido paralajmëroi në seancën e djeshme të këshillit bashkiak se „taksat rriten, ndërsa shërbimet jo“.'
    expect(keyPointsOf(text, '')).toEqual([
      'Drejtori i kompanisë deklaroi: „Punimet nisin në pranverë.“',
      'Sipas kompanisë, projekti do të sjellë 40 vende pune.',
      'Këshilltari i opozitës Ardit Bido paralajmëroi në seancën e djeshme të këshillit bashkiak se „taksat rriten, ndërsa shërbimet jo“.',
    ])
  })

  it('begin after the lede, which the brief shows above them, and do not repeat it', () => {
    const text =
      'Mbyllet shkolla e fshatit\nZyra Arsimore njoftoi të hënën se 23 nxënësit do të transferohen. Drejtoresha tha se vendimi u mor pas një analize.\n' +
      'Sipas Zyrës Arsimore, 23 nxënësit do të transferohen.\nKryetari i këshillit të prindërve tha se askush nuk i pyeti.'
    expect(keyPointsOf(text, headlineOf(text))).toEqual(['Kryetari i këshillit të prindërve tha se askush nuk i pyeti.'])
  })

  it('keep whom a claim is according to, so that no one’s claim reads as the brief’s own', () => {
    const text = 'Tekst.\nAdministratori i kompanisë, Ilir Bajrami, i hedh poshtë akuzat. Sipas tij, vonesat i ka shkaktuar vetë bashkia, e cila nuk ka paguar situacionet.'
    expect(keyPointsOf(text, '')).toContain('Sipas tij, vonesat i ka shkaktuar vetë bashkia, e cila nuk ka paguar situacionet.')
    // A headline is the claim itself.
    expect(headlineOf('Sipas ministrisë, tarifat e ujit do të rriten me 10 për qind nga janari.\nTekst.')).toBe('Tarifat e ujit do të rriten me 10 për qind nga janari')
  })

  it('keep who a quotation is according to', () => {
    const text = 'Tekst.\nSipas kompanisë, “hidrocentrali do të prodhojë 52 milionë kilovatorë energji në vit”, sasi që mjafton për 20 mijë familje.'
    expect(keyPointsOf(text, '')).toEqual(['Sipas kompanisë, “hidrocentrali do të prodhojë 52 milionë kilovatorë energji në vit”, sasi që mjafton për 20 mijë familje.'])
  })

  it('keep who said a quotation: ", tha X," is no aside', () => {
    const text = 'Peshkatarët presin zgjidhje.\n„Pa liqenin nuk kemi nga të jetojmë“, tha Gjon Prendi, peshkatar prej tridhjetë vjetësh në Shirokë.'
    expect(keyPointsOf(text, '')).toContain('„Pa liqenin nuk kemi nga të jetojmë“, tha Gjon Prendi, peshkatar prej tridhjetë vjetësh në Shirokë.')
  })

  it('drop an aside but keep the comma of the apposition after it', () => {
    const text = 'Tekst.\nMes protestuesve ishte edhe Mark Gjonbalaj, 71 vjeç, banor i fshatit Gjonpepaj, i cili ka kaluar gjithë jetën në këto male.'
    expect(keyPointsOf(text, '')).toEqual(['Mes protestuesve ishte edhe Mark Gjonbalaj, banor i fshatit Gjonpepaj, i cili ka kaluar gjithë jetën në këto male.'])
  })

  it('keep a figure whole: the comma in 9,8 separates no clauses', () => {
    const text = 'Këshilli Bashkiak miratoi buxhetin për vitin 2025, në vlerën prej 9,8 miliardë lekësh, me 27 vota pro.\nTekst.'
    expect(headlineOf(text)).not.toContain('2025 8')
    expect(keyPointsOf(text, '').join(' ')).not.toContain('2025 8')
  })

  it('stay short on unseen articles', () => {
    for (const { article } of unseen) {
      for (const point of keyPointsOf(article, headlineOf(article))) {
        expect(point.split(/\s+/).length, point).toBeLessThanOrEqual(40)
        expect(point, point).toMatch(/[.!?…]["”“»’']*$/u)
      }
    }
  })
})
