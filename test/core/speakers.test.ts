import { describe, expect, it } from 'vitest'
import { detectQuotes } from '../../renderer/src/core/index'

const speakerOf = (text: string) => detectQuotes(text).quotes.map((q) => q.speaker?.surface ?? null)

describe('who speaks, read from the sentence', () => {
  it('takes the speaker a sentence names after its verb of saying for the quote that follows it', () => {
    expect(speakerOf('Lajm.\nNë emër të kompanisë foli drejtori i marketingut, Lulzim Gërguri. «Ne besojmë në sportin e femrave.»')).toEqual(['Lulzim Gërguri'])
    expect(speakerOf('Lajm.\nFoli drejtori i marketingut, Lulzim Gërguri. «Ne besojmë në sportin e femrave.»')).toEqual(['Lulzim Gërguri'])
  })

  it('reads a verb of saying after the subjunctive as what is to be said, not as who said it', () => {
    const text = 'Lajm.\nZëdhënësja e zjarrfikësve, Entela Shabanxhiu, u bëri thirrje qytetarëve ta njoftojnë çdo tym. „Çdo minutë vonesë kushton“, theksoi ajo.'
    expect(speakerOf(text)).toEqual(['Entela Shabanxhiu'])
  })

  it('gives the words to the person, not to the body a second apposition names in the genitive', () => {
    const text = 'Lajm.\nArsim Sopjani, trajner i KH Bjeshka, rivalit kryesor të Drenushës, tha: «Jemi të lumtur për ta».'
    expect(speakerOf(text)).toEqual(['Arsim Sopjani'])
  })

  it('keeps someone unnamed, however described, from taking the name of the person quoted before', () => {
    const text = 'Lajm.\nDrejtoresha Albina Hasekaj siguroi se „asnjë licencë nuk do të jepet“.\n„Ne nuk jemi kundër të rinjve“, tha një taksist me njëzet vjet përvojë, i cili nuk dha emrin.\n„Në dimër kemi ftohtë“, tha një studente e vitit të dytë, e cila nuk dha emrin.'
    expect(speakerOf(text)).toEqual(['Drejtoresha Albina Hasekaj', 'një taksist', 'një studente e vitit të dytë'])
  })

  it('reads a deputy of any title, and the body a notice is of', () => {
    expect(speakerOf('Lajm.\nZëvendëspresidenti i Federatës, Bekim Tafallari, e përshëndeti marrëveshjen, por kujtoi se «çdo kontratë regjistrohet».')).toEqual(['Bekim Tafallari'])
    expect(speakerOf('Lajm.\nSipas njoftimit të drejtorisë, „kalimi do të lejohet“.')).toEqual(['drejtorisë'])
  })
})
