export type EntityKind = 'person' | 'organisation' | 'government' | 'media'

export interface Entity {
  id: string
  /** Canonical name, in the nominative. */
  name: string
  aliases: string[]
  kind: EntityKind
  /** For a compound speaker ("Trump dhe Putin"): the ids of its members. */
  members?: string[]
  /**
   * Institutions this entity speaks for, by canonical name: the minister of health speaks for
   * "Ministria e Shëndetësisë", the Kremlin's spokesman for "Kremlini".
   */
  affiliations?: string[]
}

const e = (id: string, name: string, kind: EntityKind, ...aliases: string[]): Entity => ({ id, name, kind, aliases })

/** Well-known speakers and authors. Inflected forms match through the stemmer, not this list. */
export const DEFAULT_ENTITIES: readonly Entity[] = [
  e('white-house', 'Shtëpia e Bardhë', 'government', 'White House'),
  e('washington', 'Uashingtoni', 'government', 'Washington'),
  e('usa', 'Shtetet e Bashkuara', 'government', 'SHBA', 'Amerika', 'Shtetet e Bashkuara të Amerikës', 'administrata amerikane'),
  e('state-dept', 'Departamenti i Shtetit', 'government'),
  e('trump', 'Donald Trump', 'person', 'Trump', 'Presidenti Trump'),
  e('rubio', 'Marco Rubio', 'person', 'Rubio'),
  e('vance', 'JD Vance', 'person', 'Vance'),
  e('kremlin', 'Kremlini', 'government', 'Kremlin'),
  e('moscow', 'Moska', 'government', 'Moskva'),
  e('russia', 'Rusia', 'government', 'Federata Ruse'),
  e('putin', 'Vladimir Putin', 'person', 'Putin'),
  e('peskov', 'Dmitry Peskov', 'person', 'Peskov', 'Dmitri Peskov'),
  e('lavrov', 'Sergei Lavrov', 'person', 'Lavrov', 'Sergej Lavrov'),
  e('ukraine', 'Ukraina', 'government'),
  e('kyiv', 'Kievi', 'government', 'Kiev', 'Kyiv'),
  e('zelensky', 'Volodymyr Zelensky', 'person', 'Zelensky', 'Zelenski', 'Zelenskyy'),
  e('eu', 'Bashkimi Evropian', 'organisation', 'BE', 'Bashkimi Europian'),
  e('eeas', 'Shërbimi Evropian për Veprim të Jashtëm', 'organisation', 'SEVJ', 'EEAS'),
  e('brussels', 'Brukseli', 'government'),
  e('commission', 'Komisioni Evropian', 'organisation', 'KE'),
  e('von-der-leyen', 'Ursula von der Leyen', 'person', 'von der Leyen'),
  e('kallas', 'Kaja Kallas', 'person', 'Kallas'),
  e('nato', 'NATO', 'organisation', 'Aleanca Veriatlantike', 'Aleanca e Atlantikut të Veriut'),
  e('rutte', 'Mark Rutte', 'person', 'Rutte'),
  e('un', 'OKB', 'organisation', 'Organizata e Kombeve të Bashkuara', 'Kombet e Bashkuara'),
  e('guterres', 'António Guterres', 'person', 'Guterres', 'Antonio Guterres'),
  e('imf', 'FMN', 'organisation', 'Fondi Monetar Ndërkombëtar'),
  e('world-bank', 'Banka Botërore', 'organisation', 'BB'),
  e('who', 'OBSH', 'organisation', 'Organizata Botërore e Shëndetësisë'),
  e('albania', 'Shqipëria', 'government'),
  e('tirana', 'Tirana', 'government'),
  e('al-gov', 'Qeveria shqiptare', 'government', 'Qeveria e Shqipërisë', 'Kryeministria'),
  e('rama', 'Edi Rama', 'person', 'Rama'),
  e('berisha', 'Sali Berisha', 'person', 'Berisha'),
  e('begaj', 'Bajram Begaj', 'person', 'Begaj'),
  e('veliaj', 'Erion Veliaj', 'person', 'Veliaj'),
  e('ps', 'Partia Socialiste', 'organisation', 'PS'),
  e('pd', 'Partia Demokratike', 'organisation', 'PD'),
  e('kqz', 'KQZ', 'organisation', 'Komisioni Qendror i Zgjedhjeve'),
  e('bsh', 'Banka e Shqipërisë', 'organisation', 'BSH'),
  e('instat', 'INSTAT', 'organisation', 'Instituti i Statistikave'),
  e('spak', 'SPAK', 'organisation', 'Struktura e Posaçme Antikorrupsion'),
  e('fshf', 'FSHF', 'organisation', 'Federata Shqiptare e Futbollit'),
  e('kosovo', 'Kosova', 'government'),
  e('pristina', 'Prishtina', 'government'),
  e('kurti', 'Albin Kurti', 'person', 'Kurti'),
  e('osmani', 'Vjosa Osmani', 'person', 'Osmani'),
  e('serbia', 'Serbia', 'government'),
  e('belgrade', 'Beogradi', 'government'),
  e('vucic', 'Aleksandar Vučić', 'person', 'Vučić', 'Vuçiç', 'Vucic'),
  e('china', 'Kina', 'government'),
  e('beijing', 'Pekini', 'government'),
  e('macron', 'Emmanuel Macron', 'person', 'Macron'),
  e('france', 'Franca', 'government'),
  e('paris', 'Parisi', 'government'),
  e('germany', 'Gjermania', 'government'),
  e('berlin', 'Berlini', 'government'),
  e('uefa', 'UEFA', 'organisation'),
  e('fifa', 'FIFA', 'organisation'),
]

/**
 * Entities that speak for one another: a quote attributed to one and found in a document by
 * another in the same group is not a misattribution (Trump ↔ Shtëpia e Bardhë).
 */
export const AFFILIATIONS: readonly (readonly string[])[] = [
  ['trump', 'white-house', 'washington', 'usa', 'state-dept', 'rubio', 'vance'],
  ['putin', 'kremlin', 'moscow', 'russia', 'peskov', 'lavrov'],
  ['zelensky', 'ukraine', 'kyiv'],
  ['eu', 'brussels', 'commission', 'von-der-leyen', 'kallas', 'eeas'],
  ['nato', 'rutte'],
  ['un', 'guterres'],
  ['rama', 'al-gov', 'albania', 'tirana', 'ps'],
  ['berisha', 'pd'],
  ['kurti', 'kosovo', 'pristina', 'osmani'],
  ['vucic', 'serbia', 'belgrade'],
  ['china', 'beijing'],
  ['macron', 'france', 'paris'],
  ['germany', 'berlin'],
]
