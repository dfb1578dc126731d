import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attributionContext, checkArticle, detectQuotes, explainAttribution, type CheckOptions, type SourceInput } from '../../renderer/src/core/index'
import { renameCase, renamedSeed } from './renamed'
import { headingAuthor } from '../../renderer/src/core/attribution/learn'
import { EntityBook } from '../../renderer/src/core/attribution/book'

interface Case {
  name: string
  article: string
  sources?: SourceInput[]
  expect: { quotes: Array<{ text: string; attribution?: string }> }
}

const fixtures = join(__dirname, '..', 'fixtures')
const cases = readdirSync(join(fixtures, 'cases'))
  .filter((f) => f.endsWith('.json') && !f.startsWith('unseen'))
  .flatMap((f) => JSON.parse(readFileSync(join(fixtures, 'cases', f), 'utf8')) as Case[])
const allowed = JSON.parse(readFileSync(join(fixtures, 'renamed', 'allowed.json'), 'utf8')) as { cases: Array<{ case: string; allow: string[] }> }
const seedAttributions = (JSON.parse(readFileSync(join(fixtures, 'renamed', 'seed-attributions.json'), 'utf8')) as { attributions: string[] }).attributions
const seed = readFileSync(join(fixtures, 'seed', 'article.sq.txt'), 'utf8')
const gold = JSON.parse(readFileSync(join(fixtures, 'seed', 'gold.json'), 'utf8')) as { quotes: Array<{ text: string }> }

function attributions(article: string, sources: SourceInput[], texts: string[], options: CheckOptions = {}): Array<string | undefined> {
  const report = checkArticle(article, sources, options)
  return texts.map((text) => report.quotes.find((q) => q.text === text)?.attribution)
}

describe('the generalisation suite: every case with its people and bodies renamed', () => {
  for (const original of cases) {
    if (!original.expect.quotes.some((q) => q.attribution)) continue
    it(`keeps the attributions of “${original.name}”`, () => {
      const c = renameCase(original)
      const got = attributions(c.article, c.sources ?? [], c.expect.quotes.filter((q) => q.attribution).map((q) => q.text))
      const allow = allowed.cases.find((a) => a.case === original.name)?.allow
      c.expect.quotes.filter((q) => q.attribution).forEach((q, i) => {
        const want = q.attribution as string
        // A correct quote is never called misattributed, nor a misattributed one correct.
        if (want !== 'mismatch') expect(got[i], q.text).not.toBe('mismatch')
        if (want === 'mismatch') expect(got[i], q.text).not.toBe('consistent')
        if (allow && allow.includes(want)) expect(allow, q.text).toContain(got[i])
        else expect(got[i], q.text).toBe(want)
      })
    })
  }

  it('keeps the seed’s attributions with its two leaders and the White House renamed', () => {
    const texts = renamedSeed.gold.quotes.map((q) => q.text)
    expect(attributions(renamedSeed.article, [], texts)).toEqual(seedAttributions)
  })
})

describe('the built-in list of well-known names', () => {
  it('is consulted last: the seed’s attributions are the same without it', () => {
    const texts = gold.quotes.map((q) => q.text)
    expect(attributions(seed, [], texts, { wellKnown: [] })).toEqual(seedAttributions)
    expect(attributions(seed, [], texts)).toEqual(seedAttributions)
  })
})

describe('who is who, learned from the texts', () => {
  const leka = 'Ministrja e Drejtësisë, Besa Leka, prezantoi planin. “Dy burgje të reja do të ndërtohen”, tha Leka.'
  const release = 'Dy burgje të reja do të ndërtohen në Pogradec.'

  it('gives a minister quoted by her surname the words of a source signed “Name, title”', () => {
    expect(attributions(leka, [{ text: release, author: 'Besa Leka, ministre e Drejtësisë' }], ['Dy burgje të reja do të ndërtohen'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('gives a minister the words of her ministry, and says why in Albanian with the right case forms', () => {
    const report = checkArticle(leka, [{ title: 'Njoftim për shtyp', text: release, author: 'Ministria e Drejtësisë' }], { wellKnown: [] })
    const q = report.quotes[0]
    expect(q.attribution).toBe('consistent')
    expect(explainAttribution(q.attributionReason, 'sq')).toBe('Gjendet te «Njoftim për shtyp», burim i Ministrisë së Drejtësisë; sipas artikullit, Besa Leka flet në emër të Ministrisë së Drejtësisë.')
  })

  it('reads the author from a heading or a signature when the source has none', () => {
    const article = 'Kryetari i Sindikatës së Minatorëve, Gent Dushku, tha se “greva do të vazhdojë”.'
    const heading = 'Komunikatë e Sindikatës së Minatorëve\nGreva do të vazhdojë derisa të nënshkruhet kontrata.'
    const signed = 'Greva do të vazhdojë derisa të nënshkruhet kontrata.\nGent Dushku\nKryetar i Sindikatës së Minatorëve'
    for (const text of [heading, signed]) expect(attributions(article, [{ text }], ['greva do të vazhdojë'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads a letter’s signature below its closing formula, and not the formula', () => {
    const letter = 'I nderuar z. Karapici,\nKërkojmë shtyrjen e afatit deri në vjeshtë.\nMe respekt,\nLuan Mëhilli, kryetar i Shoqatës së Guidave'
    const { sources, book } = attributionContext('Shoqata e Guidave protestoi.', [{ id: 's1', title: 'Letër', author: null, text: letter }])
    expect(sources.get('s1')?.voices.map((id) => book.get(id).name)).toEqual(['Luan Mëhilli', 'Shoqata e Guidave'])
  })

  it('reads a bare kind of body as the one the article names, whatever its speakers say of that kind in general', () => {
    const article =
      'Kompania ajrore „Aero Sharri“ anuloi linjën, ndërsa operatori „Avioport Kosova“ e hedh poshtë shpjegimin. Zëdhënësja e kompanisë, Dafina Gjocaj, foli për mediat. „Linja kishte vetëm 58 pasagjerë për fluturim“, tha ajo. „Nuk kemi rritur asnjë tarifë për kompanitë ajrore“, tha Arianit Dobruna, drejtor i „Avioport Kosovës“.'
    const airport = { title: 'Reagim', text: 'Linja kishte vetëm 58 pasagjerë për fluturim. Nuk kemi rritur asnjë tarifë për kompanitë ajrore.', author: 'Avioport Kosova' }
    const airline = { title: 'Njoftim', text: 'Linja do të ndërpritet nga 1 qershori.', author: 'Aero Sharri' }
    const lines = ['Linja kishte vetëm 58 pasagjerë për fluturim', 'Nuk kemi rritur asnjë tarifë për kompanitë ajrore']
    expect(attributions(article, [airport, airline], lines, { wellKnown: [] })).toEqual(['mismatch', 'consistent'])
    // Where the article itself names two companies, "e kompanisë" is neither in particular.
    const two = article.replace('foli për mediat', 'foli për mediat, pasi dy kompanitë nuk u pajtuan')
    expect(attributions(two, [airport, airline], ['Linja kishte vetëm 58 pasagjerë për fluturim'], { wellKnown: [] })).not.toEqual(['mismatch'])
  })

  it('gives a body’s head the words of the office that governs it', () => {
    const article = 'Bardhyl Karapici, drejtor i Parkut Kombëtar të Zallgjecit, e justifikoi masën. „Kemi pasur 14 ndërhyrje shpëtimi“, tha Karapici.'
    const notice = { title: 'Njoftim', text: 'Vetëm verën e kaluar kemi pasur 14 ndërhyrje shpëtimi.', author: 'Administrata e Parkut Kombëtar të Zallgjecit' }
    expect(attributions(article, [notice], ['Kemi pasur 14 ndërhyrje shpëtimi'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('gives the head of a parent group the words of its subsidiary’s board', () => {
    const article =
      'Hidro-Zallvari është pjesë e Grupit Shtëmbari. Presidentja e Grupit Shtëmbari, Mimoza Dervishaj, foli për investimet. „Rehabilitimi është hapi më i rëndësishëm“, tha Dervishaj. Shoqata „Burimi i Gurrës“ kërkoi ujë.'
    const board = { title: 'Vendim', text: 'Rehabilitimi është hapi më i rëndësishëm.', author: 'Bordi Drejtues i Hidro-Zallvari sh.a.' }
    const association = { title: 'Deklaratë', text: 'Kërkojmë ujë çdo ditë.', author: 'Shoqata „Burimi i Gurrës“' }
    expect(attributions(article, [board, association], ['Rehabilitimi është hapi më i rëndësishëm'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads a signature with a word of address as the person the article names by surname', () => {
    const article = 'Kryetarja e shoqatës, Brikena Hysenbelliu, foli. „Dozat mbarojnë brenda javës“, deklaroi Hysenbelliu.'
    const letter = { title: 'Letër', author: null, text: 'Dozat mbarojnë brenda javës.\nDr. Brikena Hysenbelliu, kryetare' }
    expect(attributions(article, [letter], ['Dozat mbarojnë brenda javës'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('never takes whom a letter is addressed to for its author', () => {
    const { sources, book } = attributionContext('X.', [{ id: 's1', title: 'Letër drejtuar Institutit Rajonal të Shëndetit Publik', author: null, text: 'Kërkojmë doza.' }])
    expect(sources.get('s1')?.voices.map((id) => book.get(id).name)).toEqual([])
  })

  it('gives the head of a body named only in quotation marks that body’s words', () => {
    // No kind word before the name: "të „Kalkeri Veriu“", not "të kompanisë „Kalkeri Veriu“".
    const article = 'Kryetari i bordit drejtues të „Kalkeri Veriu“, Dashamir Hysenbelliu, i mohoi akuzat. „Të gjitha lejet janë marrë sipas procedurës“, tha ai.'
    const release = { title: 'Qëndrim', text: 'Të gjitha lejet janë marrë sipas procedurës.', author: 'Kalkeri Veriu sh.p.k.' }
    expect(attributions(article, [release], ['Të gjitha lejet janë marrë sipas procedurës'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('takes a body’s short name for its full name, inflected or abbreviated', () => {
    const article = 'Dhoma e Tregtisë tha se “bizneset rrezikojnë gjoba”. Enti Rregullator i Energjisë (ERE) njoftoi se “tarifat rriten”. Sipas ERE-s, “familjet nuk preken”.'
    const sources = [
      { text: 'Bizneset rrezikojnë gjoba.', author: 'Dhoma e Tregtisë dhe Industrisë së Elbasanit' },
      { text: 'Tarifat rriten. Familjet nuk preken.', author: 'Enti Rregullator i Energjisë' },
    ]
    expect(attributions(article, sources, ['bizneset rrezikojnë gjoba', 'tarifat rriten', 'familjet nuk preken'], { wellKnown: [] })).toEqual(['consistent', 'consistent', 'consistent'])
  })

  it('takes the spokeswoman of “the company” for the company the article calls a factory', () => {
    const article = 'Fermerët protestuan para fabrikës „Gora Lakt“, pasi kompania uli çmimin.\nZëdhënësja e kompanisë, Blerina Mema, u tha fermerëve se „çmimi i ri pasqyron rënien e çmimit në tregjet evropiane“.'
    const release = { title: 'Njoftim për shtyp', author: 'Gora Lakt sh.p.k.', text: 'Çmimi i ri pasqyron rënien e çmimit në tregjet evropiane.' }
    expect(attributions(article, [release], ['çmimi i ri pasqyron rënien e çmimit në tregjet evropiane'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('gives the words a release quotes as someone’s statement (“Deklarata e z. …”) to that person', () => {
    const article = 'Kryetari i shoqatës, Agim Shehu, foli para fabrikës. Sipas tij, kompania „po i vjedh fermerët në dritë të diellit“.'
    const release = { title: 'Njoftim për shtyp', author: 'Gora Lakt sh.p.k.', text: 'Çmimi është 42 lekë. Deklarata e z. Agim Shehu se kompania „po i vjedh fermerët në dritë të diellit“ është e pabazë.' }
    expect(attributions(article, [release], ['po i vjedh fermerët në dritë të diellit'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('keeps a ministry named with two fields one body, known also by its first field', () => {
    const article = 'Zëvendësministrja e Shëndetësisë, Elona Rama, vizitoi spitalin. „Pavioni do të jetë gati në prill“, tha ajo.'
    const release = { title: 'Zëvendësministrja inspekton punimet', author: 'Ministria e Shëndetësisë dhe Mbrojtjes Sociale', text: 'Pavioni do të jetë gati në prill.' }
    expect(attributions(article, [release], ['Pavioni do të jetë gati në prill'], { wellKnown: [] })).toEqual(['consistent'])
    const other = 'Drejtori i spitalit, Ilir Kasa, foli për pavionin. „Pavioni do të jetë gati në prill“, tha ai.'
    const quote = checkArticle(other, [release], { wellKnown: [] }).quotes[0]
    expect(quote.attributionExplanation).toContain('Ministria e Shëndetësisë dhe Mbrojtjes Sociale')
    expect(quote.attributionExplanation).not.toContain('Mbrojtja Sociale')
  })

  it('does not call words misattributed that the other side’s release quotes from someone it does not name', () => {
    const article = 'Alban Meta, kryetar i Shoqatës së Operatorëve Turistikë, u bëri thirrje palëve. «Çdo anije që anulohet do të thotë mijëra turistë më pak», tha Meta.'
    const release = {
      title: 'Njoftim për shtyp',
      author: 'Autoriteti Portual Sarandë',
      text: 'Drejtori i Autoritetit, Gentian Lala, deklaroi: «Tarifa e re do të largojë anijet.» Edhe operatorët turistikë të qytetit kanë shprehur shqetësim: «Çdo anije që anulohet do të thotë mijëra turistë më pak.»',
    }
    const own = { title: 'Deklaratë', author: 'Shoqata e Operatorëve Turistikë', text: 'Kërkojmë dialog me të gjitha palët.' }
    const quote = checkArticle(article, [release, own], { wellKnown: [] }).quotes[0]
    expect(quote.attribution).toBe('unknown')
    expect(quote.attributionExplanation).toContain('quotes these words from someone it does not name')
    // Words its own director says stay the release's: given to the other side, a misattribution.
    const director = 'Alban Meta, kryetar i Shoqatës së Operatorëve Turistikë, foli. «Tarifa e re do të largojë anijet», tha Meta.'
    expect(checkArticle(director, [release, own], { wellKnown: [] }).quotes[0].attribution).toBe('mismatch')
  })

  it('gives a transcript’s words to the person its line is labelled with', () => {
    const article = 'Drejtori i shoqërisë, Dritan Qorraj, foli para komisionit. Sipas tij, “ne nuk kemi fonde për tubacionet e vjetra”. Kryetari i komisionit, Arben Lleshaj, e kritikoi.'
    const transcript = {
      title: 'Procesverbal i seancës dëgjimore',
      author: 'Komisioni për Infrastrukturën Ujore',
      text: 'Kryetari i Komisionit: Po e hapim seancën.\nZ. Dritan Qorraj: Faleminderit. Ne nuk kemi fondet për tubacionet e vjetra.\nKryetari i Komisionit: Kërkojmë shpjegime.',
    }
    expect(attributions(article, [transcript], ['ne nuk kemi fonde për tubacionet e vjetra'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('never gives an interviewee the question the interview’s transcript labels as the newspaper’s', () => {
    const article = 'Kryetarja e Bashkisë Qafë-Mali, Mimoza Rexhbeçaj, foli për gazetën. Ajo pranoi se “bashkia ka humbur një të tretën e popullsisë”.'
    const interview = {
      title: 'Intervistë me kryetaren e Bashkisë Qafë-Mali, Mimoza Rexhbeçaj',
      author: 'Malësia Sot',
      text: 'Malësia Sot: Zonja kryetare, bashkia ka humbur një të tretën e popullsisë. Çfarë po bëni?\nRexhbeçaj: Nuk është një e treta; është një e katërta.',
    }
    expect(attributions(article, [interview], ['bashkia ka humbur një të tretën e popullsisë'], { wellKnown: [] })).toEqual(['unknown'])
    const quote = checkArticle(article, [interview], { wellKnown: [] }).quotes[0]
    expect(explainAttribution(quote.attributionReason, 'sq')).toBe('U gjet te «Intervistë me kryetaren e Bashkisë Qafë-Mali, Mimoza Rexhbeçaj», ku këto fjalë i thotë Malësia Sot, jo Mimoza Rexhbeçaj.')
  })

  it('reads a body’s name in brackets without the word that opens its sentence', () => {
    const article = 'Sindikata e Pavarur e Punëtorëve Detarë (SPPD) protestoi para portës. Edhe Sindikata e Metalurgëve të Bashkuar (SMB) ka kërcënuar me grevë. Kryetari i SMB-së, Petrit Harxhi, tha: “do të bllokojmë punën në kalata”.'
    const other = { title: 'Deklaratë', text: 'Do të bllokojmë punën në kalata.', author: 'Sindikata e Pavarur e Punëtorëve Detarë' }
    expect(attributions(article, [other], ['do të bllokojmë punën në kalata'], { wellKnown: [] })).toEqual(['mismatch'])
  })

  it('never calls a branch named for its body’s work another side of that body', () => {
    const article = 'Drejtori i Degës Doganore Qafë-Rrapi, Kujtim Selmanaj, tha se “rasti i është referuar prokurorisë”. Siç thuhet në deklaratën e Agjencisë së Doganave, mostrat janë dërguar për analizë.'
    const release = { text: 'Rasti i është referuar prokurorisë.\nZyra e Marrëdhënieve me Publikun, Agjencia e Doganave', author: 'Agjencia e Doganave' }
    expect(attributions(article, [release], ['rasti i është referuar prokurorisë'], { wellKnown: [] })).not.toEqual(['mismatch'])
  })

  it('calls a quote misattributed only when the author is known to be another side', () => {
    const article = 'Ministrja e Drejtësisë, Besa Leka, foli. Kryetari i Sindikatës, Gent Dushku, tha se “pagat mbeten të ulëta”.'
    const ministry = { text: 'Pagat mbeten të ulëta.', author: 'Ministria e Drejtësisë' }
    expect(attributions(article, [ministry], ['pagat mbeten të ulëta'], { wellKnown: [] })).toEqual(['mismatch'])
    // A person the texts never place anywhere is not known to be another side.
    expect(attributions(article, [{ ...ministry, author: 'Arta Hoxha' }], ['pagat mbeten të ulëta'], { wellKnown: [] })).toEqual(['unknown'])
  })

  it('does not call another side a body that only a source names, unless the speaker’s own statement is there too', () => {
    const article = 'Kryetari i Shoqatës së Kopshtarëve, Erion Dema, tha se “çmimet e farërave janë dyfishuar”.'
    const federation = { title: 'Qëndrim', text: 'Çmimet e farërave janë dyfishuar brenda një viti.', author: 'Federata Bujqësore e Veriut' }
    expect(attributions(article, [federation], ['çmimet e farërave janë dyfishuar'], { wellKnown: [] })).toEqual(['unknown'])
    // Once the article names the federation, it is a side of its own.
    const named = `${article} Federata Bujqësore e Veriut kërkoi subvencione.`
    expect(attributions(named, [federation], ['çmimet e farërave janë dyfishuar'], { wellKnown: [] })).toEqual(['mismatch'])
    // So it is when the association’s own statement is given and does not hold the words.
    const own = { title: 'Deklaratë', text: 'Kërkojmë ulje të taksave.', author: 'Shoqata e Kopshtarëve' }
    expect(attributions(article, [federation, own], ['çmimet e farërave janë dyfishuar'], { wellKnown: [] })).toEqual(['mismatch'])
  })

  it('reads “Kryetari i saj, X” as speaking for the body the sentence before named', () => {
    const article = 'Lidhja e Peshkatarëve të Vlorës protestoi të hënën. Kryetari i saj, Ardit Meta, tha se “kuotat e reja na lënë pa punë”.'
    const statement = { title: 'Deklaratë', text: 'Kuotat e reja na lënë pa punë gjatë gjithë verës.', author: 'Lidhja e Peshkatarëve të Vlorës' }
    expect(attributions(article, [statement], ['kuotat e reja na lënë pa punë'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads a body’s whole name before the holder’s, its abbreviation between, and a company without its legal form', () => {
    const cases: Array<[string, string]> = [
      ['Trajneri i Klubit të Basketbollit Teuta, Elvis Dedja, tha se “skuadra është gati për finalen”.', 'Klubi i Basketbollit Teuta'],
      ['Drejtori i Autoritetit Rrugor Shqiptar (ARRSH), Blerim Koka, tha se “skuadra është gati për finalen”.', 'Autoriteti Rrugor Shqiptar'],
      ['Drejtoresha financiare e Alpet Energy, Mira Lula, tha se “skuadra është gati për finalen”.', 'Alpet Energy sh.p.k.'],
    ]
    for (const [article, author] of cases) {
      const source = { title: 'Njoftim', text: 'Skuadra është gati për finalen e së dielës.', author }
      expect(attributions(article, [source], ['skuadra është gati për finalen'], { wellKnown: [] }), article).toEqual(['consistent'])
    }
  })

  it('takes no author from a heading whose first genitive is what the document is about, and no person from a body named after a town', () => {
    const article = 'Presidenti i Klubit të Vozitjes Shkodra, Edmond Gjoni, tha se “liqeni është shumë i ndotur për gara”.'
    // The report is about Shkodër, not by it, so it is not the club's because the club is named after the town.
    const report = { title: 'Raport i inspektimit të liqenit të Shkodrës', text: 'Liqeni është shumë i ndotur për gara këtë sezon.', author: null }
    expect(attributions(article, [report], ['liqeni është shumë i ndotur për gara'], { wellKnown: [] })).toEqual(['unknown'])
  })

  it('never takes a person the article names for a well-known namesake', () => {
    // The built-in list holds Sali Berisha; the article's Drita Berisha chairs an association.
    const article = 'Shoqata për Mbrojtjen e Pacientëve protestoi dje. Kryetarja e saj, Drita Berisha, tha se “radhët në urgjencë zgjasin me orë”. Berisha shtoi se “mungojnë 40 infermierë”.'
    const statement = { title: 'Deklaratë', text: 'Radhët në urgjencë zgjasin me orë. Mungojnë 40 infermierë në spitalin rajonal.', author: 'Shoqata për Mbrojtjen e Pacientëve' }
    const report = checkArticle(article, [statement])
    expect(report.quotes.map((q) => q.speakerEntity)).toEqual(['Drita Berisha', 'Drita Berisha'])
    expect(report.quotes.map((q) => q.attribution)).toEqual(['consistent', 'consistent'])
    // The Quotes pane's suggestions, found without the sources, do not name the namesake either.
    expect(detectQuotes(article).quotes.map((q) => q.speaker?.entity)).not.toContain('Sali Berisha')
  })

  it('never takes a person for the party whose abbreviation is their initials', () => {
    // Përparim Dodbiba is P. D., as the Partia Demokratike is the PD of the built-in list.
    const article = 'Kryetari i Shoqatës së Blegtorëve, Përparim Dodbiba, foli dje. “Ne nuk do të shesim më qumësht nën kosto”, tha Dodbiba.'
    const statement = { title: 'Deklaratë', text: 'Ne nuk do të shesim më qumësht nën kosto.', author: 'Shoqata e Blegtorëve' }
    const report = checkArticle(article, [statement])
    expect(report.quotes.map((q) => [q.speakerEntity, q.attribution])).toEqual([['Përparim Dodbiba', 'consistent']])
  })

  it('never takes a body for a well-known one whose abbreviation is its initials', () => {
    // "Bashkia e Shkodrës" is B. SH., as the Banka e Shqipërisë is the BSH of the built-in list.
    const article = 'Zëdhënësi i Bashkisë së Shkodrës, Kristjan Pepkolaj, e mbrojti vendimin. “Godina nuk mund të restaurohet”, tha Pepkolaj.'
    const decision = { title: 'Vendim për godinën', text: 'Godina nuk mund të restaurohet.', author: 'Bashkia e Shkodrës' }
    const q = checkArticle(article, [decision]).quotes[0]
    expect([q.attribution, q.attributionExplanation]).toEqual(['consistent', expect.stringContaining('Bashkia e Shkodrës')])
  })

  it('does not give a source’s sentence to its own subject when the quote holds that subject', () => {
    // The council's report says something about the company; the article gives the words to the company's director.
    const article = 'Këshilli Komunal i Vitisë miratoi raportin. Drejtori i Ujërave të Vitisë, Leutrim Hoti, tha se “Ujërat e Vitisë nuk kanë paguar qiranë për tre vjet”.'
    const report = { title: 'Raport', text: 'Ujërat e Vitisë nuk kanë paguar qiranë për tre vjet. Këshilli kërkon auditim.', author: 'Këshilli Komunal i Vitisë' }
    expect(attributions(article, [report], ['Ujërat e Vitisë nuk kanë paguar qiranë për tre vjet'], { wellKnown: [] })).not.toEqual(['consistent'])
  })

  it('supports a quote from a joint statement by the speaker’s side and another', () => {
    const article = 'Ministri i Turizmit, Gent Lika, tha se “sezoni do të zgjatet deri në tetor”. Ministria e Turizmit dhe Bashkia e Sarandës nënshkruan marrëveshjen.'
    const joint = { title: 'Komunikatë e përbashkët e Ministrisë së Turizmit dhe Bashkisë së Sarandës', text: 'Sezoni do të zgjatet deri në tetor.', author: null }
    expect(attributions(article, [joint], ['sezoni do të zgjatet deri në tetor'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('never calls misattributed a quote whose speaker phrase names no one', () => {
    const article = 'Bordi i Ujësjellësit miratoi tarifat. Ministrja e Mjedisit, Rita Deda, e kritikoi vendimin e bordit dhe paralajmëroi se “uji nuk do të shtrenjtohet”. Bordi i Ujësjellësit nuk komentoi.'
    const ministry = { title: 'Njoftim', text: 'Uji nuk do të shtrenjtohet për familjet.', author: 'Ministria e Mjedisit' }
    expect(attributions(article, [ministry], ['uji nuk do të shtrenjtohet'], { wellKnown: [] })).not.toEqual(['mismatch'])
  })

  it('supports words a statement says, at the end of their sentence, that the speaker said', () => {
    const article = 'Rektori i universitetit, prof. dr. Valdet Rrustemaj, priti studentët. “Tarifat tona mbeten ndër më të ulëtat në rajon”, tha Rrustemaj.'
    const clarification = 'Tarifat tona mbeten ndër më të ulëtat në rajon, thekson rektori prof. dr. Valdet Rrustemaj. Rritja vlen për të rinjtë.'
    const source = { title: 'Sqarim', text: clarification, author: 'Rektorati i Universitetit “Bjeshkët e Nemuna”' }
    expect(attributions(article, [source], ['Tarifat tona mbeten ndër më të ulëtat në rajon'], { wellKnown: [] })).toEqual(['consistent'])
    // The same sentence given to another person in the article is not thereby his.
    const other = article.replace('tha Rrustemaj', 'tha studenti Arben Kola')
    expect(attributions(other, [source], ['Tarifat tona mbeten ndër më të ulëtat në rajon'], { wellKnown: [] })).not.toEqual(['consistent'])
  })

  it('supports words a notice says, before “tha X” and a time, that the speaker said', () => {
    const article = 'Shkrimtarja Elira Kastrati fitoi çmimin. „Ky çmim u përket të gjitha grave“, tha ajo.'
    const notice = { title: 'Njoftim', author: 'Shtëpia Botuese Fjala', text: 'Shtëpia Botuese Fjala uron autoren. „Ky çmim u përket të gjitha grave“, tha Kastrati pas ceremonisë.' }
    expect(attributions(article, [notice], ['Ky çmim u përket të gjitha grave'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('supports words the statement gives to the people it names as acting', () => {
    const article = 'Hoxha dhe Berisha “ranë dakord për një armëpushim”.'
    const readout = 'Sot, Presidenti Hoxha dhe Presidenti Berisha folën në telefon. Të dy udhëheqësit ranë dakord për një armëpushim.'
    expect(attributions(article, [{ text: readout, author: 'Zyra e Presidentit' }], ['ranë dakord për një armëpushim'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('supports words a statement gives to a titled person named after a place, an adjective or a word of address', () => {
    const article = 'Kryeplaku i fshatit, Pal Dedaj, akuzon kompaninë. Ai thotë se e njoftoi kompaninë: „Linja është rrëzuar në tri pika“.'
    const release = { title: 'Njoftim për shtyp', author: 'ElektroVeri sh.a.', text: 'Ekipet tona punojnë. Kryeplaku i fshatit Rrethaj, z. Pal Dedaj, na njoftoi të shtunën se „linja është rrëzuar në tri pika“.' }
    expect(attributions(article, [release], ['Linja është rrëzuar në tri pika'], { wellKnown: [] })).toEqual(['consistent'])
    const director = 'Drejtoresha rajonale, Mirela Dedja, foli në maj. „Porta do të mbetet e paprekur“, kishte thënë Dedja.'
    const critics = { title: 'Deklaratë për shtyp: Restaurimi i Hanit po shkatërron një monument', author: 'Shoqata e Arkitektëve', text: 'Shoqata e Arkitektëve protestoi. Në maj, drejtoresha rajonale Mirela Dedja deklaroi se „porta do të mbetet e paprekur“.' }
    expect(attributions(director, [critics], ['Porta do të mbetet e paprekur'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('supports words a statement gives to “the company itself”, for the company’s administrator', () => {
    const article = 'Punimet i kryen kompania „Guri i Bardhë“. Administratori i kompanisë, Ilir Bajrami, foli për vonesat. Bajrami pranoi se „punimet janë realizuar vetëm në masën 40 për qind“.'
    const statement = { title: 'Deklaratë e Bashkisë', author: 'Bashkia Elbasan', text: 'Kontraktori nuk ka respektuar afatet. Në një letër, vetë kompania pranon se „punimet janë realizuar vetëm në masën 40 për qind“.' }
    expect(attributions(article, [statement], ['punimet janë realizuar vetëm në masën 40 për qind'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('takes no author from the headline after a document’s colon', () => {
    expect(headingAuthor('Deklaratë për shtyp: Restaurimi i Hanit të Vjetër po shkatërron një monument')).toBeNull()
    expect(headingAuthor('Deklarata e Shtëpisë së Bardhë: Trump dhe Putin folën')?.name).toBe('Shtëpia e Bardhë')
    // Whom a notice is for is not its author.
    expect(headingAuthor('NJOFTIM PËR BANORËT E KONVIKTIT NR. 3')).toBeNull()
    expect(headingAuthor('Njoftim për shtyp i Ministrisë së Financave')?.name).toBe('Ministria e Financave')
    expect(headingAuthor('Përgjigje ndaj paralajmërimit të Bashkisë Elbasan, nr. prot. 218')).toBeNull()
  })

  it('gives a lawyer his client’s written words, and calls words from the other side’s release misattributed to him', () => {
    const article =
      'Gjykata zhvilloi seancën për padinë e Bujar Kastratit. Kastrati kërkon dëmshpërblim.\n' +
      'Avokati i tij, Erion Murati, lexoi deklaratën e klientit: "Unë nuk kërkoj mëshirë, kërkoj drejtësi." "Dokumentet i janë vënë në dispozicion gjykatës", tha Murati.'
    const client = { title: 'Deklaratë me shkrim', author: 'Bujar Kastrati', text: 'Shtëpinë e kam ndërtuar vetë. Unë nuk kërkoj mëshirë, kërkoj drejtësi.' }
    const inspectorate = { title: 'Njoftim për shtyp', author: 'Inspektorati Vendor i Mbrojtjes së Territorit', text: 'Objekti u prish me vendim. Dokumentet i janë vënë në dispozicion gjykatës.' }
    expect(attributions(article, [client, inspectorate], ['Unë nuk kërkoj mëshirë, kërkoj drejtësi.', 'Dokumentet i janë vënë në dispozicion gjykatës'], { wellKnown: [] })).toEqual(['consistent', 'mismatch'])
  })

  it('gives whoever speaks “në emër të bordit” after the verb the board’s words', () => {
    const article = 'Bordi drejtues i klubit rriti çmimet. Në emër të bordit foli drejtoresha e komunikimit në klub, Anisa Bregu: sipas saj, rritja është “e domosdoshme për shkak të kostove”.'
    const board = { title: 'Deklaratë e Bordit Drejtues', author: 'Bordi Drejtues i KF Lumi i Bardhë', text: 'Rritja e çmimeve është e domosdoshme për shkak të kostove.' }
    expect(attributions(article, [board], ['e domosdoshme për shkak të kostove'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads a transcript label in capitals, a word after its title included, and names its speaker as the article writes him', () => {
    const article = 'Seanca u mbajt të enjten. Avokati mbrojtës, Sokol Dervishi, tha: „Klienti im nuk ka precedentë penalë.“ Prokurori Erion Mema kërkoi arrest.'
    const minutes = {
      title: 'Procesverbal i seancës',
      author: 'Gjykata e Shkallës së Parë Korçë',
      text: 'GJYQTARJA ERMIRA SHEHU: Seanca është e hapur.\nPROKURORI ERION MEMA: Kërkojmë arrest në burg.\nAVOKATI MBROJTËS SOKOL DERVISHI: Klienti im nuk ka precedentë penalë.',
    }
    const report = checkArticle(article, [minutes], { wellKnown: [] })
    expect(report.quotes.map((q) => q.attribution)).toEqual(['consistent'])
    expect(report.quotes[0].attributionReason).toMatchObject({ code: 'subject', speaker: { name: 'Sokol Dervishi' } })
  })

  it('does not call a public service’s words in its ministry’s statement misattributed, nor the reverse', () => {
    const article = 'Spitali nis programin. Drejtoresha e spitalit, Mirela Gjoni, tha: „Asnjë çift nuk do të kalojë para radhës.“'
    const hospital = { title: 'Njoftim', author: 'Spitali Rajonal i Elbasanit', text: 'Programi nis sot me 120 çifte.' }
    const ministry = { title: 'Deklaratë', author: 'Ministria e Shëndetësisë dhe Mbrojtjes Sociale', text: 'Asnjë çift nuk do të kalojë para radhës.' }
    const finance = { title: 'Deklaratë', author: 'Ministria e Financave', text: 'Asnjë çift nuk do të kalojë para radhës.' }
    const words = ['Asnjë çift nuk do të kalojë para radhës.']
    expect(attributions(article.replace('Drejtoresha e spitalit', 'Drejtoresha e Spitalit Rajonal të Elbasanit'), [hospital, ministry], words, { wellKnown: [] })).toEqual(['unknown'])
    expect(attributions(article.replace('Drejtoresha e spitalit', 'Drejtoresha e Spitalit Rajonal të Elbasanit'), [hospital, finance], words, { wellKnown: [] })).toEqual(['mismatch'])
    const prisons = { title: 'Njoftim', author: 'Drejtoria e Përgjithshme e Burgjeve', text: 'Rregullorja e takimeve do të rishikohet.' }
    const justice = { title: 'Deklaratë', author: 'Ministria e Drejtësisë', text: 'Ministria mbështet stafin.' }
    expect(attributions('Lajm. Ministria e Drejtësisë njoftoi: „Rregullorja e takimeve do të rishikohet.“', [prisons, justice], ['Rregullorja e takimeve do të rishikohet.'], { wellKnown: [] })).toEqual(['unknown'])
    // A protected-areas agency and the ministry of the environment, also when it is named with two fields.
    const agency = { title: 'Deklaratë', author: 'Agjencia Rajonale e Zonave të Mbrojtura Vlorë', text: 'Agjencia nuk është pyetur.' }
    const environment = { title: 'Njoftim', author: 'Ministria e Turizmit dhe Mjedisit', text: 'Kontrollet në terren do të shtohen.' }
    const director = 'Lajm. Drejtori i Agjencisë Rajonale të Zonave të Mbrojtura, Ilir Gjoka, u përgjigj: „Kontrollet në terren do të shtohen.“'
    expect(attributions(director, [agency, environment], ['Kontrollet në terren do të shtohen.'], { wellKnown: [] })).toEqual(['unknown'])
  })

  it('does not call a body’s words misattributed where the source names as speaking someone who speaks for it', () => {
    const article = 'Zëvendësministrja e Shëndetësisë, Elona Rama, foli në seancë. Ministria e Shëndetësisë dhe Mbrojtjes Sociale përsëriti se „blerja u krye sipas ligjit“.'
    const minutes = { title: 'Procesverbal', author: 'Kuvendi i Shqipërisë', text: 'KRYETARI I KOMISIONIT, FATOS LIKA: Vazhdojmë.\nZËVENDËSMINISTRJA ELONA RAMA: Blerja u krye sipas ligjit.' }
    const ministry = { title: 'Njoftim', author: 'Ministria e Shëndetësisë dhe Mbrojtjes Sociale', text: 'Helikopteri mbërriti sot.' }
    expect(attributions(article, [minutes, ministry], ['blerja u krye sipas ligjit'], { wellKnown: [] })).not.toEqual(['mismatch'])
  })

  it('reads “KS” before a name as a club, so its president speaks for it', () => {
    const article = 'Stadiumi mbetet kantier. Presidenti i klubit, Arben Sheqeri, e ka quajtur situatën „një turp për qytetin“.'
    const club = { title: 'Deklaratë e KS Liqeni', author: 'KS Liqeni', text: 'Kjo situatë është një turp për qytetin.' }
    const builder = { title: 'Sqarim', author: 'Alba Ndërtim sh.p.k.', text: 'Punimet vazhdojnë.' }
    expect(attributions(article, [club, builder], ['një turp për qytetin'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads “Body, Place” as the body, and no later paragraph of a statement about a thing as the words of whom it named before', () => {
    const article = 'Rektorja e universitetit, Teuta Marku, foli për zjarrin. Ajo shtoi se „zjarri e ka zanafillën nga një qark i shkurtër“.'
    const fire = { title: 'Raport paraprak', author: 'Drejtoria Vendore e Mbrojtjes nga Zjarri, Shkodër', text: 'Ekipet mbërritën pas 9 minutash.\nZjarri e ka zanafillën nga një qark i shkurtër.' }
    const rectorate = { title: 'Deklaratë e Rektoratit', author: 'Rektorati i Universitetit, Shkodër', text: 'Rektorja Teuta Marku shprehu ngushëllime.' }
    expect(attributions(article, [fire, rectorate], ['zjarri e ka zanafillën nga një qark i shkurtër'], { wellKnown: [] })).toEqual(['mismatch'])
    const village = 'Kryetari i këshillit të fshatit, Mark Deda, foli. Deda pranoi se „punimet janë pezulluar përkohësisht“.'
    const company = { title: 'Deklaratë për shtyp', author: 'Hidro Bregas sh.p.k.', text: 'Deklarata e kryetarit të këshillit, z. Mark Deda, se „kompania po na vjedh ujin“, është e pavërtetë.\nPunimet janë pezulluar përkohësisht.' }
    expect(attributions(village, [company], ['punimet janë pezulluar përkohësisht'], { wellKnown: [] })).not.toEqual(['consistent'])
  })

  it('supports words a statement gives to a person after a word of address opening its sentence', () => {
    const article = 'Babai i Erionit, Pjetër Gjoni, foli. „Djali im më kishte thënë dy herë se priza nxehej“, tha ai.'
    const lawyer = { title: 'Deklaratë për mediat', author: 'Av. Elsa Toma', text: 'Z. Pjetër Gjoni ka deklaruar se djali i tij i kishte thënë dy herë se priza nxehej.' }
    expect(attributions(article, [lawyer], ['Djali im më kishte thënë dy herë se priza nxehej'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads a transcript’s label with a description before the name, and never gives a line it cannot read to the line before’s speaker', () => {
    const article = 'Zeneli foli i fundit. Ai kishte këmbëngulur se ishte i pafajshëm: „Kam punuar 20 vjet në doganë.“'
    const record = (label: string) => ({ title: 'Procesverbal i seancës', author: 'Sekretaria gjyqësore', text: `Kryesuesja e trupit gjykues: I pandehuri ka fjalën e fundit.\n${label}: Kam punuar 20 vjet në doganë.` })
    expect(attributions(article, [record('I pandehuri Artan Zeneli')], ['Kam punuar 20 vjet në doganë.'], { wellKnown: [] })).toEqual(['consistent'])
    expect(attributions(article, [record('I pandehuri, zoti Artan Zeneli, ngrihet')], ['Kam punuar 20 vjet në doganë.'], { wellKnown: [] })).not.toEqual(['mismatch'])
  })

  it('supports words a circular gives after “theksoi X:”, and reads “drejtori i organizatës” as the body just named', () => {
    const article = 'Drejtoresha e Autoritetit, Mirela Dervishi, foli. Ajo theksoi se „pacientët nuk duhet ta ndërpresin mjekimin“.'
    const circular = { title: 'Qarkore', author: 'Urdhri i Farmacistëve', text: 'Të nderuar kolegë, kujtojmë atë që theksoi drejtoresha e AKB-së, Mirela Dervishi: „pacientët nuk duhet ta ndërpresin mjekimin“.' }
    expect(attributions(article, [circular], ['pacientët nuk duhet ta ndërpresin mjekimin'], { wellKnown: [] })).toEqual(['consistent'])
    const observers = 'Qendra për Vëzhgim Zgjedhor „Vota e Lirë“ raportoi parregullsi. Drejtori ekzekutiv i organizatës, Dritan Zeqo, tha se „numërimi u ndërpre për 45 minuta“.'
    const report = { title: 'Raport paraprak', author: 'Qendra për Vëzhgim Zgjedhor „Vota e Lirë“', text: 'U evidentuan parregullsi: numërimi u ndërpre për 45 minuta pa shpjegim.' }
    expect(attributions(observers, [report], ['numërimi u ndërpre për 45 minuta'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('supports words a release gives “Sipas X,” to the body that said them', () => {
    const article = 'Pista mbyllet. Autoriteti i Aviacionit Civil njoftoi: „Leja do të jepet vetëm pas inspektimit përfundimtar“.'
    const airport = { title: 'Njoftim për shtyp', author: 'Aeroporti Rajonal i Gjirokastrës', text: 'Pista mbyllet për riparime. Sipas Autoritetit të Aviacionit Civil, „leja do të jepet vetëm pas inspektimit përfundimtar“.' }
    expect(attributions(article, [airport], ['Leja do të jepet vetëm pas inspektimit përfundimtar'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('never loops over a joint entity one of whose members was merged into it', () => {
    const book = new EntityBook([], [])
    const joint = book.resolve('Arben Kola dhe Drita Leka', 'article')
    const member = book.resolve('Arben Kola', 'article')
    const other = book.resolve('Shoqata e Vreshtarëve', 'source')
    book.merge(joint.id, member.id)
    expect(() => book.relate(joint.id, other.id)).not.toThrow()
    expect(book.relate(joint.id, other.id).kind).not.toBe('same')
  })

  it('never calls misattributed the words of someone the article leaves unnamed', () => {
    const article = 'Inspektorati prishi shtëpinë.\nNjë zyrtar i Bashkisë Durrës, i cili foli në kushte anonimiteti, tha se prishja "u krye në zbatim të vendimit nr. 112".'
    const release = { title: 'Njoftim për shtyp', author: 'Inspektorati Vendor i Mbrojtjes së Territorit Durrës', text: 'Objekti u prish. Prishja u krye në zbatim të vendimit nr. 112.' }
    const q = checkArticle(article, [release], { wellKnown: [] }).quotes[0]
    expect(q.speakerEntity).toBe('zyrtari i Bashkisë Durrës')
    expect(q.attribution).toBe('unknown')
  })

  it('says whom a statement without an author names as acting, when that is the speaker’s side', () => {
    const article = 'Ministrja e Bujqësisë, Drita Hoxholli, foli në Fier. “Do të paguajmë 40 lekë për kilogram”, tha Hoxholli.'
    const release = 'Ministria e Bujqësisë njofton se do të paguajmë 40 lekë për kilogram qumësht.'
    const q = checkArticle(article, [{ title: 'Njoftim', text: release }], { wellKnown: [] }).quotes[0]
    expect(q.attribution).toBe('consistent')
    expect(explainAttribution(q.attributionReason, 'en')).toBe('The source “Njoftim” itself gives these words to Ministria e Bujqësisë, the same side as Drita Hoxholli.')
    expect(explainAttribution(q.attributionReason, 'sq')).toBe('Burimi «Njoftim» ia atribuon vetë këto fjalë Ministrisë së Bujqësisë; Ministria e Bujqësisë dhe Drita Hoxholli janë e njëjta palë.')
  })

  it('reads a letterhead as the author, and gives a director the words of the body in his title', () => {
    const article = 'Drejtori i Përgjithshëm i Policisë së Shtetit, Arben Dervishi, deklaroi se “numri i vjedhjeve ka rënë”.'
    const release = 'Policia e Shtetit\nNjoftim për shtyp\nNumri i vjedhjeve ka rënë me 12 për qind.'
    expect(attributions(article, [{ text: release }], ['numri i vjedhjeve ka rënë'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('does not call a body named after the author’s kind, or holding its whole name, another side', () => {
    const police = { text: 'Kontrollet vazhdojnë gjatë gjithë verës.', author: 'Policia e Shtetit' }
    const directorate = 'Drejtoria e Policisë së Qarkut Durrës njoftoi se “kontrollet vazhdojnë”.'
    const q = checkArticle(directorate, [police], { wellKnown: [] }).quotes[0]
    expect(q.attribution).toBe('unknown')
    expect(explainAttribution(q.attributionReason, 'en')).toBe('“Drejtoria e Policisë së Qarkut Durrës” and the source’s author, “Policia e Shtetit”, may be one body under two names, or one part of the other. Link them if they are the same side.')
    const chief = 'Shefi i Sektorit të Policisë së Shtetit në Durrës, Gent Rama, tha se “kontrollet vazhdojnë”.'
    expect(attributions(chief, [police], ['kontrollet vazhdojnë'], { wellKnown: [] })).not.toContain('mismatch')
  })

  it('never calls two names of one body different sides', () => {
    const article = 'Ministri i Jashtëm grek, Nikos Dendias, tha se “kufiri mbetet i hapur”.'
    const greek = [{ text: 'Kufiri mbetet i hapur për qytetarët.', author: 'Ministria e Punëve të Jashtme e Greqisë' }]
    expect(attributions(article, greek, ['kufiri mbetet i hapur'], { wellKnown: [] })).not.toContain('mismatch')
    const article2 = 'Drejtori i Agjencisë së Ujit, Agim Hoxha, tha se “uji mjafton”.'
    const agency = [{ text: 'Uji mjafton për verën.', author: 'Agjencia Kombëtare e Ujit dhe Kanalizimeve' }]
    expect(attributions(article2, agency, ['uji mjafton'], { wellKnown: [] })).not.toContain('mismatch')
  })

  it('reads an office that speaks for a body or a title holder ("Zyra e Shtypit e Kryeministrit")', () => {
    const article = 'Kryeministri Ardit Staka tha se “taksat nuk do të rriten”.'
    expect(attributions(article, [{ text: 'Taksat nuk do të rriten këtë vit.', author: 'Zyra e Shtypit e Kryeministrit' }], ['taksat nuk do të rriten'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('reads who acts “në emër të” a body as speaking for it, named before or after it', () => {
    const filing = [{ text: 'Ecim Tech ka kopjuar strukturën e ekraneve dhe kodin e pagesave.', author: 'Kodlina sh.p.k.' }]
    const before = 'Kodlina padit Ecim Tech.\nAvokati Ilir Demolli, i cili e ka nënshkruar padinë në emër të Kodlinës, foli për mediat. “Ecim Tech ka kopjuar strukturën e ekraneve”, deklaroi Demolli.'
    expect(attributions(before, filing, ['Ecim Tech ka kopjuar strukturën e ekraneve'], { wellKnown: [] })).toEqual(['consistent'])
    const letter = [{ text: 'Kërkojmë publikimin e pikëve të secilës familje.', author: 'Shoqata e Qiramarrësve „Pragu“' }]
    const after = 'Shoqata e Qiramarrësve „Pragu“ kritikoi listën.\nNë emër të shoqatës, juristi Burim Ljutfiu dorëzoi një ankesë. “Kërkojmë publikimin e pikëve”, deklaroi Ljutfiu.'
    expect(attributions(after, letter, ['Kërkojmë publikimin e pikëve'], { wellKnown: [] })).toEqual(['consistent'])
    // No agency is named: "the agency" says not whose, and the spokesman is on no known side.
    const unnamed = 'Duke folur në emër të agjencisë, zëdhënësi Fatos Lugaliu tha se “rojet pyjore do të patrullojnë zonën”.'
    expect(attributions(unnamed, [{ text: 'Rojet pyjore do të patrullojnë zonën çdo ditë.', author: 'Agjencia e Pyjeve' }], ['rojet pyjore do të patrullojnë zonën'], { wellKnown: [] })).not.toContain('mismatch')
  })

  it('never gives the chair of one association the words of its rival, and takes “he” past the sentence about him', () => {
    const article = [
      'Dy shoqatat rivale të peshkatarëve, „Pulëbardha e Bregut“ dhe „Valëza“, kundërshtuan vendimin.',
      'Kryetari i shoqatës „Pulëbardha e Bregut“, Dritan Marlekaj, tha se kuota është e ulët. Ai e akuzoi gjithashtu Autoritetin për mungesë transparence. “Autoriteti i ka ndarë kuotat pas dyerve të mbyllura”, tha ai.',
      'Kryetarja e shoqatës „Valëza“, Albana Ndreçaj, e quan ndarjen të padrejtë.',
    ].join('\n')
    const rival = [{ text: 'Autoriteti i ka ndarë kuotat pas dyerve të mbyllura. Albana Ndreçaj, kryetare', author: 'Shoqata e Peshkimit „Valëza“' }]
    const report = checkArticle(article, rival, { wellKnown: [] })
    const quote = report.quotes.find((q) => q.text.startsWith('Autoriteti i ka ndarë'))
    expect(quote?.speakerEntity).toBe('Dritan Marlekaj')
    expect(quote?.attribution).not.toBe('consistent')
  })

  it('gives a board member the words of the body her board governs, named by its abbreviation', () => {
    const article = 'Rrjeti i Organizatave Mjedisore të Vërdevës (ROMV) kërkoi pezullimin e lejes.\nEntela Qorraj, anëtare e bordit drejtues të ROMV-së, tha se “çatitë mbulohen çdo mëngjes me pluhur”.'
    const statement = [{ text: 'Çatitë mbulohen çdo mëngjes me pluhur gri.', author: 'Rrjeti i Organizatave Mjedisore të Vërdevës' }]
    expect(attributions(article, statement, ['çatitë mbulohen çdo mëngjes me pluhur'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('does not run a headline’s last word into the name on the next line', () => {
    const article = 'Gjobë për poliklinikën në Lezhë\nInspektorati i Kontrollit të Shërbimeve Shëndetësore (IKSSH) gjobiti poliklinikën.\nSipas njoftimit të IKSSH-së, “regjistri i sterilizimit nuk ishte plotësuar”.'
    const notice = [{ text: 'Regjistri i sterilizimit nuk ishte plotësuar për dy muaj.', author: 'Inspektorati i Kontrollit të Shërbimeve Shëndetësore' }]
    expect(attributions(article, notice, ['regjistri i sterilizimit nuk ishte plotësuar'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('does not take an expert’s nationality for the state he speaks for, as it does a minister’s', () => {
    const report = [{ text: 'Projekti do të dështojë pa reforma në tregun e punës.', author: 'Instituti Ekonomik i Vjenës' }]
    for (const introduced of ['Eksperti gjerman Hans Keller, i cili e hartoi raportin, tha', 'Hans Keller, ekspert gjerman, tha']) {
      const article = `Instituti Ekonomik i Vjenës publikoi raportin. ${introduced} se “projekti do të dështojë pa reforma”.`
      expect(attributions(article, report, ['projekti do të dështojë pa reforma'], { wellKnown: [] })).not.toContain('mismatch')
    }
    const minister = 'Instituti Ekonomik i Vjenës publikoi raportin. Ministri grek Nikos Varvitsiotis tha se “projekti do të dështojë pa reforma”.'
    expect(attributions(minister, report, ['projekti do të dështojë pa reforma'])).toEqual(['mismatch'])
  })

  it('reads “zyra e shtypit e bashkisë” as the press office of the one municipality the article names, and of none when it names two', () => {
    const notice = [{ text: 'Tregtarët do të zhvendosen në pavijonin e ri pa asnjë pagesë shtesë.', author: 'Bashkia e Gramshit' }]
    const quote = '“Tregtarët do të zhvendosen në pavijonin e ri”, tha zyra e shtypit e bashkisë.'
    const one = `Bashkia e Gramshit mbyll tregun e vjetër.\n${quote}`
    expect(attributions(one, notice, ['Tregtarët do të zhvendosen në pavijonin e ri'], { wellKnown: [] })).toEqual(['consistent'])
    const two = `Bashkia e Gramshit dhe Bashkia e Cërrikut nuk bien dakord për tregun.\n${quote}`
    expect(attributions(two, notice, ['Tregtarët do të zhvendosen në pavijonin e ri'], { wellKnown: [] })).toEqual(['unknown'])
  })

  it('gives a party the words of its parliamentary group, known by the abbreviation the article introduced', () => {
    const article = 'Partia Lëvizja e Re (PLR) tha se “zgjedhjet u manipuluan”.'
    expect(attributions(article, [{ text: 'Zgjedhjet u manipuluan në tre qarqe.', author: 'Grupi parlamentar i PLR' }], ['zgjedhjet u manipuluan'], { wellKnown: [] })).toEqual(['consistent'])
  })

  it('does not call a news agency that relays the words a misattribution', () => {
    const article = 'Sipas agjencisë ANSA, “qeveria do të ndihmojë”.'
    expect(attributions(article, [{ text: 'Qeveria do të ndihmojë.', author: 'Ministria e Jashtme e Italisë' }], ['qeveria do të ndihmojë'], { wellKnown: [] })).toEqual(['unknown'])
  })

  it('leaves a surname that two people share unresolved', () => {
    const article = 'Ministrja Besa Leka dhe deputeti Arben Leka folën. “Ligji do të ndryshojë”, tha Leka.'
    expect(attributions(article, [{ text: 'Ligji do të ndryshojë.', author: 'Ministria e Drejtësisë' }], ['Ligji do të ndryshojë'], { wellKnown: [] })).toEqual(['unknown'])
  })

  it('follows the editor: a link makes a quote consistent, “different sides” makes it a mismatch', () => {
    const article = 'Agron Meta tha se “tarifat do të rriten”.'
    const sources = [{ text: 'Tarifat do të rriten.', author: 'Lidhja e Konsumatorëve' }]
    const texts = ['tarifat do të rriten']
    expect(attributions(article, sources, texts, { wellKnown: [] })).toEqual(['unknown'])
    expect(attributions(article, sources, texts, { wellKnown: [], knowledge: { links: [{ from: 'Agron Meta', to: 'Lidhja e Konsumatorëve', relation: 'speaks-for' }] } })).toEqual(['consistent'])
    expect(attributions(article, sources, texts, { wellKnown: [], knowledge: { links: [{ from: 'Agron Meta', to: 'Lidhja e Konsumatorëve', relation: 'unrelated' }] } })).toEqual(['mismatch'])
  })
})

describe('names in the sentences the app writes', () => {
  it('inflects the author and the speaker from the entity, and takes the editor’s correction', () => {
    const article = '“Palët do të takohen sërish”, tha Shtëpia e Bardhë.'
    const kremlin = { title: 'Komunikata e Kremlinit', text: 'Palët do të takohen sërish në Riad.', author: 'Kremlini' }
    const report = checkArticle(article, [kremlin])
    expect(report.quotes[0].attribution).toBe('mismatch')
    expect(explainAttribution(report.quotes[0].attributionReason, 'sq')).toBe('U gjet te «Komunikata e Kremlinit», burim i Kremlinit, por artikulli ia atribuon Shtëpisë së Bardhë.')
    expect(explainAttribution(report.quotes[0].attributionReason, 'en')).toBe('Found in “Komunikata e Kremlinit”, a source by the Kremlin, but the article gives it to the White House.')
    const corrected = checkArticle(article, [kremlin], { knowledge: { entities: [{ name: 'Kremlini', genitive: 'Kremlinit të Moskës' }] } })
    expect(explainAttribution(corrected.quotes[0].attributionReason, 'sq')).toContain('burim i Kremlinit të Moskës')
  })

  it('makes the genitive of names it has never seen', () => {
    const { book } = attributionContext('', [])
    const names = ['Besa Leka', 'Gent Dushku', 'Dhoma e Tregtisë dhe Industrisë së Tiranës', 'SPAK', 'Shtetet e Bashkuara', 'Rektorati i Universitetit “Bjeshkët e Nemuna”']
    const forms = names.map((name) => book.genitive(book.resolve(name, 'article').id))
    // A name in quotation marks within a name stays as written.
    expect(forms).toEqual(['Besa Lekës', 'Gent Dushkut', 'Dhomës së Tregtisë dhe Industrisë së Tiranës', 'SPAK-ut', 'Shteteve të Bashkuara', 'Rektoratit të Universitetit “Bjeshkët e Nemuna”'])
  })
})
