// Albanian reporting vocabulary. All entries are lower-case NFC.

/** Reporting verbs: the speaker is the subject before them or the noun phrase after them. */
export const VERB_CUES = new Set(
  `tha thanë thotë thonë thoshte thoshin deklaroi deklaruan deklaron deklarojnë deklaronte theksoi theksuan
  thekson theksojnë shtoi shtuan shton shtojnë njoftoi njoftuan njofton njoftojnë pohoi pohuan pohon pohojnë
  konfirmoi konfirmuan konfirmon konfirmojnë raportoi raportuan raporton raportojnë nënvizoi nënvizuan nënvizon
  sqaroi sqaruan sqaron tregoi treguan tregon paralajmëroi paralajmëruan paralajmëron pranoi pranuan pranon
  mohoi mohuan mohon argumentoi argumentuan argumenton shkroi shkruan shkruajnë kujtoi kujton vlerësoi vlerësuan
  vlerëson shpjegoi shpjeguan shpjegon siguroi siguruan siguron premtoi premtuan premton këmbënguli insistoi
  kritikoi kritikon akuzoi akuzon citoi këmbëngul këmbëngulin këmbëngulën pretendon pretendoi pretendojnë kërkoi kërkuan kërkon kërkojnë shprehet shprehen tweetoi postoi deklaroj përsëriti theksonte nënvizonte
  foli folën flet flasin shënon shënoi shënojnë përgjigjet përgjigjen cilësoi cilësuan cilëson quajti quajtën reagoi reaguan reagon deklaroi pyeti pyetën pyet pyesin
  replikoi replikuan replikon replikojnë vijoi vijuan vijon vazhdoi vazhduan vazhdon ironizoi ironizon qeshi qesh lexoi
  rrëfeu rrëfen rrëfejnë rrëfyen`.split(/\s+/),
)

/** Two- and three-word reporting phrases. */
export const PHRASE_CUES: string[][] = [
  ['u', 'shpreh'], ['u', 'shprehën'], ['u', 'shpreh', 'se'], ['bëri', 'të', 'ditur'], ['bënë', 'të', 'ditur'],
  ['vuri', 'në', 'dukje'], ['vunë', 'në', 'dukje'], ['iu', 'përgjigj'], ['u', 'përgjigj'], ['ka', 'bërë', 'të', 'ditur'],
  ['bën', 'të', 'ditur'], ['bëjnë', 'të', 'ditur'], ['vë', 'në', 'dukje'], ['vënë', 'në', 'dukje'],
  ['u', 'zotua'], ['u', 'zotuan'],
]

export const AUXILIARIES = new Set(['ka', 'kanë', 'kishte', 'kishin', 'ishte', 'është', 'do', 'u', 'duke'])

export const PARTICIPLES = new Set(
  `thënë deklaruar theksuar shtuar njoftuar pohuar konfirmuar raportuar nënvizuar sqaruar treguar paralajmëruar
  pranuar mohuar shkruar kujtuar vlerësuar shpjeguar siguruar premtuar folur cilësuar quajtur pyetur kontaktuar intervistuar
  këmbëngulur insistuar pretenduar argumentuar kritikuar akuzuar reaguar`.split(/\s+/),
)

/** A speaker quoting their own words: "i kemi shkruar ministrisë: ‘…’", "u thashë: ‘…’". */
export const FIRST_PERSON_AUXILIARIES = new Set(['kam', 'kemi', 'kisha', 'kishim'])
export const FIRST_PERSON_CUES = new Set(['thashë', 'thamë', 'shkrova', 'shkruam', 'deklarova', 'deklaruam', 'pyeta', 'pyetëm'])

/** Words that describe a document, not who wrote it ("deklarata e përbashkët", "njoftimi zyrtar"). */
export const DOCUMENT_WORDS = new Set(['përbashkët', 'shtypit', 'mediave', 'medias', 'zyrtar', 'zyrtare', 'plotë'])

/** Passive cues that may have the speaker as their subject: "Hoxha citohet të ketë thënë". */
export const PERSONAL_PASSIVE_CUES = new Set(['citohet', 'citohen'])

/** Words of time that open a sentence before its subject ("Pak më vonë, zëdhënësja …", "Sot, Presidenti …"). */
export const TIME_OPENERS = new Set(['pak', 'më', 'sot', 'dje', 'ndërkohë', 'ndërkaq', 'fillimisht', 'pastaj', 'mandej', 'megjithatë', 'gjithashtu'])

/** Impersonal reporting: "thuhet në deklaratën e X". */
export const PASSIVE_CUES = new Set(
  ['thuhet', 'theksohet', 'shkruhet', 'citohet', 'citohen', 'deklarohet', 'njoftohet', 'nënvizohet', 'raportohet', 'pohohet', 'bëhet', 'thuhej', 'shkruhej'],
)

/** Nouns for documents that speak for their author ("Deklarata e Kremlinit thotë …"). */
export const DOCUMENT_STEMS = [
  'deklarat', 'komunikat', 'njoftim', 'raport', 'tekst', 'transkript', 'fjalim', 'letër', 'letr', 'mesazh',
  'vendim', 'rezolut', 'qëndrim', 'reagim', 'postim', 'intervist', 'përgjigj', 'shkres', 'memorandum',
  'buletin', 'leximi', 'përmbledhj', 'statement', 'readout', 'konkluzion', 'protokoll', 'marrëveshj', 'fjalët',
  'apel', 'procesverbal', 'sqarim', 'relacion', 'recension', 'thirrj', 'kërkes', 'ankes', 'peticion', 'urdhr',
]

export function isDocumentNoun(word: string): boolean {
  const w = word.toLowerCase()
  return DOCUMENT_STEMS.some((s) => w.startsWith(s)) && w.length <= 16
}

export const PERSONAL_PRONOUNS = new Set(['ai', 'ajo', 'ata', 'ato', 'ky', 'kjo', 'këta', 'këto', 'tij', 'saj', 'tyre', 'atij', 'asaj', 'i', 'ia'])

/** Pronouns that can stand as a speaker ("Ajo shtoi", "sipas tij"). */
export const SPEAKER_PRONOUNS = new Set(['ai', 'ajo', 'ata', 'ato', 'tij', 'saj', 'tyre', 'atij', 'asaj'])

/** Pronouns that are never the subject of a verb ("nga ana e saj", "pas tij"). */
export const OBLIQUE_PRONOUNS = new Set(['tij', 'saj', 'tyre', 'atij', 'asaj'])

/** Words that end or cannot start a speaker phrase, whatever their case. */
export const NP_STOPS = new Set(
  `sot dje nesër gjithashtu edhe megjithatë kështu prandaj pra ndërkohë ndërkaq fillimisht pastaj kurse ndërsa
  madje sidoqoftë gjatë pas para në nga me për duke si kur ku por ose tashmë sërish përsëri ende vetëm
  po se që nëse sepse pasi mbi nën tek te deri rreth pranë midis ndërmjet mes sipas lidhur lidhje përmes nëpërmjet
  i e të së një dhe atëherë tani më shumë pak ka kanë kishte ishte është u nuk s mos jo vetë pyetje përgjigje
  pavarësisht përveç falë megjithë përkundër kundër përballë drejt brenda jashtë përgjatë`.split(/\s+/),
)
