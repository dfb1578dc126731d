import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareTranslation } from '../../renderer/src/core'

// Parallel sentences: the seed's hand alignment and a second statement of another kind.
const gold = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seed', 'translation-gold.json'), 'utf8'))
const PAIRS: Array<[string, string]> = [
  ...gold.pairs.map((p: { translation: { text: string }; original: { text: string } }) => [p.translation.text, p.original.text] as [string, string]),
  ['Ministria e Shëndetësisë njoftoi sot se fushata e vaksinimit do të zgjerohet në të gjithë vendin.', 'The Ministry of Health announced today that the vaccination campaign will be extended across the country.'],
  ['Spitalet rajonale do të marrin pajisje të reja gjatë muajve të ardhshëm.', 'Regional hospitals will receive new equipment over the coming months.'],
  ['Gjykata vendosi të shtyjë seancën për shkak të mungesës së dëshmitarëve.', 'The court decided to postpone the hearing because of the absence of witnesses.'],
  ['Prokurori kërkoi që i pandehuri të mbetet në paraburgim.', 'The prosecutor asked that the defendant remain in custody.'],
  ['Banka qendrore e la normën e interesit të pandryshuar.', 'The central bank left the interest rate unchanged.'],
  ['Qeveria premtoi reforma në sistemin e pensioneve dhe në arsim.', 'The government promised reforms of the pension system and of education.'],
  ['Delegacioni vizitoi kufirin dhe u takua me zyrtarët e doganës.', 'The delegation visited the border and met customs officials.'],
]
// Sentences an editor might add: none of them renders any sentence above.
const EXTRA = [
  'Ndërkohë, moti në bregdet pritet të jetë me diell gjatë fundjavës.',
  'Redaksia jonë do ta ndjekë nga afër zhvillimin e ngjarjeve.',
  'Sipas vëzhguesve, reagimi i opozitës ishte i zbehtë.',
]

const document = fc
  .uniqueArray(fc.integer({ min: 0, max: PAIRS.length - 1 }), { minLength: 4, maxLength: 10 })
  .map((indexes) => indexes.map((i) => PAIRS[i]))

const join_ = (sentences: string[]) => sentences.join(' ')

describe('alignment properties', () => {
  it('a sentence deleted from the translation is reported omitted, at that place, and nothing else is', () => {
    fc.assert(
      fc.property(document, fc.nat(), (pairs, k) => {
        const drop = k % pairs.length
        const translation = join_(pairs.filter((_, i) => i !== drop).map(([sq]) => sq))
        const original = join_(pairs.map(([, en]) => en))
        const report = compareTranslation(translation, original)
        expect(report.omitted.map((s) => s.text)).toEqual([pairs[drop][1]])
        expect(report.added).toEqual([])
        const at = report.rows.findIndex((row) => row.translation === null)
        expect(at).toBe(drop)
        expect(report.pairs.map((p) => p.original!.text)).toEqual(pairs.filter((_, i) => i !== drop).map(([, en]) => en))
      }),
      { numRuns: 40 },
    )
  })

  it('a sentence inserted in the translation is reported added, at that place', () => {
    fc.assert(
      fc.property(document, fc.nat(), fc.constantFrom(...EXTRA), (pairs, k, extra) => {
        const at = k % (pairs.length + 1)
        const sq = pairs.map(([s]) => s)
        sq.splice(at, 0, extra)
        const report = compareTranslation(join_(sq), join_(pairs.map(([, en]) => en)))
        expect(report.added.map((s) => s.text)).toEqual([extra])
        expect(report.omitted).toEqual([])
        expect(report.rows.findIndex((row) => row.original === null)).toBe(at)
      }),
      { numRuns: 40 },
    )
  })

  it('a changed number is reported on its pair, and only there', () => {
    fc.assert(
      fc.property(document, fc.nat(), fc.integer({ min: 2, max: 5000 }), fc.integer({ min: 2, max: 5000 }), (pairs, k, n, m) => {
        fc.pre(n !== m)
        const at = k % (pairs.length + 1)
        const sq = pairs.map(([s]) => s)
        const en = pairs.map(([, e]) => e)
        sq.splice(at, 0, `Në takim morën pjesë ${m} delegatë nga rajoni.`)
        en.splice(at, 0, `${n} delegates from the region took part in the meeting.`)
        const report = compareTranslation(join_(sq), join_(en))
        expect(report.omitted).toEqual([])
        expect(report.added).toEqual([])
        const flagged = report.pairs.filter((p) => p.issues.length > 0)
        expect(flagged).toHaveLength(1)
        expect(flagged[0].translation!.text).toContain(`${m} delegatë`)
        expect(flagged[0].issues).toEqual([{ kind: 'number', translation: expect.objectContaining({ text: String(m) }), original: expect.objectContaining({ text: String(n) }) }])
      }),
      { numRuns: 40 },
    )
  })
})
