import { normWord } from '../text/normalise'

// Titles and institution nouns, in every case form a speaker phrase uses them in.
// A title heads a person ("ministrja e Shëndetësisë", "zëdhënësi i Kremlinit"); its complement
// names the institution the person speaks for, so the minister of health is affiliated with
// the ministry of health, the Kremlin's spokesman with the Kremlin, the prosecutor of SPAK
// with SPAK, and the American ambassador with the United States.

/** Person titles (nominative definite) and the institutions they stand for when nothing follows. */
const PERSON_TITLES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['presidenti', 'Presidenca'], ['presidentja', 'Presidenca'],
  ['kryeministri', 'Kryeministria', 'Qeveria'], ['kryeministrja', 'Kryeministria', 'Qeveria'],
  ['zëvendëskryeministri', 'Qeveria'], ['zëvendëskryeministrja', 'Qeveria'],
  ['ministri'], ['ministrja'], ['zëvendësministri'], ['zëvendësministrja'],
  ['zëdhënësi'], ['zëdhënësja'], ['sekretari'], ['sekretarja'], ['kancelari'], ['kancelarja'],
  ['drejtori'], ['drejtoresha'], ['kryetari'], ['kryetarja'], ['nënkryetari'], ['nënkryetarja'],
  ['deputeti'], ['deputetja'], ['ambasadori', 'Ambasada'], ['ambasadorja', 'Ambasada'],
  ['guvernatori', 'Banka'], ['guvernatorja', 'Banka'], ['lideri'], ['liderja'], ['kreu'], ['shefi'], ['shefja'],
  ['trajneri'], ['kapiteni'], ['mjeku'], ['mjekja'], ['profesori'], ['profesoresha'],
  ['kryediplomati'], ['komisioneri', 'Komisioni Evropian'], ['komisionerja', 'Komisioni Evropian'],
  ['kryenegociatori'], ['negociatori'], ['përfaqësuesi'], ['përfaqësuesja'],
  ['prokurori', 'Prokuroria'], ['prokurorja', 'Prokuroria'], ['kryeprokurori', 'Prokuroria'], ['kryeprokurorja', 'Prokuroria'], ['gjyqtari', 'Gjykata'], ['gjyqtarja', 'Gjykata'],
  ['avokati'], ['avokatja'], ['këshilltari'], ['këshilltarja'], ['drejtuesi'], ['drejtuesja'],
  ['rektori', 'Rektorati', 'Universiteti'], ['dekani'], ['kryebashkiaku', 'Bashkia'], ['kryeplaku'], ['kryeplakja'], ['prefekti', 'Prefektura'], ['ekonomisti'], ['analisti'],
  ['eksperti'], ['gazetari'], ['gazetarja'], ['zyrtari'], ['zyrtarja'], ['inspektori'], ['komandanti'],
  ['gjenerali'], ['senatori'], ['kongresmeni'], ['sulmuesi'], ['mbrojtësi'], ['portieri'], ['lojtari'],
  ['mesfushori'], ['koordinatori'], ['koordinatorja'],
  ['administratori'], ['administratorja'], ['menaxheri'], ['menaxherja'], ['pronari'], ['pronarja'], ['themeluesi'], ['themeluesja'],
  ['kryeinspektori'], ['inspektorja'], ['prorektori'], ['prorektorja'], ['rektorja', 'Rektorati', 'Universiteti'], ['dekania'],
  ['kryeredaktori'], ['kryeredaktorja'], ['redaktori'], ['redaktorja'], ['regjisori'], ['regjisorja'], ['kritiku'], ['kritikja'],
  ['zëvendësdrejtori'], ['zëvendësdrejtoresha'], ['nëndrejtori'], ['prefektja', 'Prefektura'], ['kryeshefi'], ['kryeshefja'],
  ['aktivisti'], ['aktivistja'], ['ekspertja'], ['studiuesi'], ['studiuesja'], ['sindikalisti'], ['konsulli'], ['konsullja'],
  ['ombudsmani'], ['ombudsmania'], ['kryeprokurorja', 'Prokuroria'], ['zëvendësministrja'], ['drejtorja'], ['shefi'],
  ['kryebashkiakja', 'Bashkia'], ['kryetarja'], ['agronomi'], ['inxhinieri'], ['kryeinxhinieri'], ['kancelarja'],
  // Who someone is without an office: "Banorja Liljana Merko", "pacienti Arben Duka".
  ['banori'], ['banorja'], ['dëshmitari'], ['dëshmitarja'], ['pasagjeri'], ['pasagjerja'],
  ['pacienti'], ['pacientja'], ['studenti'], ['studentja'], ['fermeri'], ['fermerja'], ['punëtori'], ['punëtorja'],
  ['mësuesi'], ['mësuesja'], ['infermieri'], ['infermierja'], ['tifozi'], ['tifozja'],
  ['aktori'], ['aktorja'], ['këngëtari'], ['këngëtarja'], ['shkrimtari'], ['shkrimtarja'], ['artisti'], ['artistja'],
  // Who chairs a council or co-chairs a party: "Kryesuesi i Këshillit, Nexhat Ferati".
  ['kryesuesi'], ['kryesuesja'], ['bashkëkryetari'], ['bashkëkryetarja'],
  // "homologu i saj malazez": a minister's counterpart.
  ['homologu'],
  // A parish priest: "Famullitari i kishës, At Pandeli Nushi" (not "prifti", "imami": surnames too).
  ['famullitari'],
  // Family, for a bare "babai" after "Babai i Erionit, Pjetër Gjoni".
  ['babai'], ['nëna'], ['vëllai'], ['motra'], ['bashkëshorti'], ['bashkëshortja'],
  // Who stands in an election: "Kandidatja e Listës Qytetare …".
  ['kandidati'], ['kandidatja'],
  // "Entela Qorraj, anëtare e bordit drejtues të ROMV-së": a member of a body.
  ['anëtari'], ['anëtarja'],
  // Deputies: "Zëvendësshefja e Delegacionit", "Zëvendëskryetari i Këshillit".
  ['zëvendësshefi'], ['zëvendësshefja'], ['zëvendëskryetari'], ['zëvendëskryetarja'],
]

/**
 * Offices held for a state, whose holder's nationality says whom they speak for ("ministri grek",
 * "ambasadori amerikan"); an expert's or a diplomat's does not ("eksperti gjerman" of a Vienna institute).
 */
const STATE_TITLES = new Set(
  `presidenti presidentja kryeministri kryeministrja zëvendëskryeministri zëvendëskryeministrja ministri ministrja
  zëvendësministri zëvendësministrja zëdhënësi zëdhënësja ambasadori ambasadorja kryediplomati negociatori kryenegociatori
  komandanti gjenerali senatori kongresmeni konsulli konsullja deputeti deputetja kancelari kancelarja lideri liderja homologu`.split(/\s+/),
)

/** Whether a title's nationality names the state its holder speaks for. */
export const isStateTitle = (title: string): boolean => STATE_TITLES.has(title)

/** Family titles: whose relative someone is, never what body they speak for. */
export const FAMILY_TITLES: ReadonlySet<string> = new Set(['babai', 'nëna', 'vëllai', 'motra', 'bashkëshorti', 'bashkëshortja'])

/** Words of address before a name that are not roles ("zoti Hoxha", "dr. Gjoni"). */
const HONORIFICS = new Set(['zoti', 'zonja', 'z.', 'znj.', 'dr.', 'prof.', 'av.', 'zotit', 'zonjës'])

/** Plural and collective nouns that head a speaker phrase ("ekspertët", "mediat", "burime"). */
const GROUP_NOUNS = new Set(
  `ekspertët analistët mjekët zyrtarët autoritetet mediat ministrat liderët udhëheqësit udhëheqësi burimet burime
  burimi palët presidentët`.split(/\s+/),
)

/** Nouns for institutions that speak ("policia", "qeveria", "agjencia"). */
const INSTITUTIONS = `policia qeveria ministria bashkia prokuroria gjykata agjencia gazeta presidenca kryeministria
kuvendi parlamenti opozita shumica partia federata klubi komisioni ambasada departamenti instituti banka fondi
organizata kompania shoqata sindikata drejtoria inspektorati universiteti spitali zyra administrata ushtria
kancelaria portali televizioni radio prefektura këshilli autoriteti enti agjencitë ministritë dhoma shoqëria lidhja
unioni konfederata fondacioni qendra akademia komiteti bordi korporata grupi kabineti sekretariati mbrojtja
komuna senati festivali teatri muzeu oda urdhri aleanca koalicioni forumi asociacioni rektorati dekanati
lëvizja nisma parku operatori kooperativa rrjeti fabrika shkolla ndërmarrja konsullata delegacioni misioni
aeroporti porti bashkimi dega filiali sektori`.split(/\s+/)

/** Nouns the texts use for one business interchangeably: "fabrika „Gora Lakt“" is "kompania". */
const BUSINESS = new Set(['kompania', 'fabrika', 'firma', 'ndërmarrja', 'korporata', 'shoqëria'])

/** The kind of body an institution noun names, with a business's several nouns as one kind. */
export const bodyKind = (noun: string): string => (BUSINESS.has(noun) ? 'kompania' : noun)

/** Nationality adjectives that name a country's institutions ("ambasadori amerikan"). */
export const NATIONALITIES: ReadonlyArray<readonly [string, string]> = [
  ['amerikan', 'Shtetet e Bashkuara'], ['rus', 'Rusia'], ['ukrainas', 'Ukraina'], ['gjerman', 'Gjermania'],
  ['francez', 'Franca'], ['kinez', 'Kina'], ['serb', 'Serbia'], ['kosovar', 'Kosova'], ['shqiptar', 'Shqipëria'],
  ['evropian', 'Bashkimi Evropian'], ['europian', 'Bashkimi Evropian'], ['grek', 'Greqia'], ['italian', 'Italia'],
  ['turk', 'Turqia'], ['britanik', 'Mbretëria e Bashkuar'], ['anglez', 'Mbretëria e Bashkuar'], ['austriak', 'Austria'],
  ['zviceran', 'Zvicra'], ['maqedonas', 'Maqedonia e Veriut'], ['malazez', 'Mali i Zi'], ['kroat', 'Kroacia'],
  ['bullgar', 'Bullgaria'], ['rumun', 'Rumania'], ['hungarez', 'Hungaria'], ['polak', 'Polonia'], ['spanjoll', 'Spanja'],
  ['holandez', 'Holanda'], ['belg', 'Belgjika'], ['suedez', 'Suedia'], ['norvegjez', 'Norvegjia'], ['danez', 'Danimarka'],
  ['japonez', 'Japonia'], ['kanadez', 'Kanadaja'], ['izraelit', 'Izraeli'], ['iranian', 'Irani'], ['boshnjak', 'Bosnja e Hercegovina'],
  ['slloven', 'Sllovenia'], ['çek', 'Çekia'], ['portugez', 'Portugalia'], ['irlandez', 'Irlanda'], ['finlandez', 'Finlanda'],
]

/**
 * The indefinite form a title takes after a name ("Besa Leka, ministre e Drejtësisë",
 * "Gent Dushku, kryetar i Sindikatës").
 */
function indefinite(title: string): string[] {
  if (title.endsWith('sha')) return [title.slice(0, -1) + 'ë']
  if (title.endsWith('ja')) return [title.slice(0, -2) + 'e']
  if (title.endsWith('stri')) return [title.slice(0, -4) + 'stër']
  if (title === 'kreu') return ['krye']
  if (title.endsWith('i')) return [title.slice(0, -1)]
  return []
}

/** Case forms of a definite noun in the nominative, with the nominative they come from. */
function forms(nominative: string): string[] {
  const w = nominative
  const out = [w]
  if (w.endsWith('ja')) out.push(w.slice(0, -2) + 'es', w.slice(0, -2) + 'en', w.slice(0, -2) + 'jes')
  else if (w.endsWith('ia')) out.push(w.slice(0, -1) + 'së', w.slice(0, -1) + 'në')
  else if (w.endsWith('a')) out.push(w.slice(0, -1) + 'ës', w.slice(0, -1) + 'ën', w.slice(0, -1) + 'ave')
  else if (w.endsWith('i') || w.endsWith('u')) out.push(w + 't', w + 'n')
  return out
}

const personForms = new Map<string, string>()
const institutionForms = new Map<string, string>()
const defaults = new Map<string, string[]>()
for (const [title, ...orgs] of PERSON_TITLES) {
  if (title.includes(' ')) continue
  defaults.set(title, orgs)
  for (const f of [...forms(title), ...indefinite(title)]) personForms.set(f, title)
}
// "Zëvendëspresidenti i Federatës", "zëvendësrektori": a deputy of any title.
for (const [title] of PERSON_TITLES) {
  const deputy = `zëvendës${title}`
  if (title.startsWith('zëvendës') || personForms.has(deputy)) continue
  for (const f of [...forms(deputy), ...indefinite(deputy)]) if (!personForms.has(f)) personForms.set(f, deputy)
}
for (const inst of INSTITUTIONS) for (const f of forms(inst)) if (!personForms.has(f)) institutionForms.set(f, inst)

const seen = new Map<string, readonly [string | null, string | null]>()

/** [person title, institution noun] of a word; cached, as speaker search asks for every word. */
function classify(word: string): readonly [string | null, string | null] {
  let hit = seen.get(word)
  if (hit === undefined) {
    hit = [lookup(personForms, word), lookup(institutionForms, word)]
    if (seen.size > 50_000) seen.clear()
    seen.set(word, hit)
  }
  return hit
}

function lookup(map: Map<string, string>, word: string): string | null {
  let w = normWord(word)
  const direct = map.get(w)
  if (direct) return direct
  // "ish-ministri", "zv.ministri": the title after a prefix.
  const dash = Math.max(w.lastIndexOf('-'), w.lastIndexOf('.', w.length - 2))
  if (dash > 0) w = w.slice(dash + 1)
  return map.get(w) ?? null
}

/** The nominative person title a word is a form of ("ministres" → "ministrja"), or null. */
export function personTitle(word: string): string | null {
  return classify(word)[0]
}

/** Plural forms of an institution noun: "partia" → "partitë", "partive"; "klubi" → "klubet". */
function plurals(noun: string): string[] {
  const base = noun.slice(0, -1)
  if (noun.endsWith('ia')) return [`${base}të`, `${base}ve`]
  if (noun.endsWith('a')) return [`${base}at`, `${base}ave`]
  return [`${base}et`, `${base}eve`, `${base}ët`, `${base}ëve`]
}
const pluralForms = new Map(INSTITUTIONS.flatMap((noun) => plurals(noun).map((form) => [form, noun] as const)))

/** The institution noun a plural is a form of ("partitë" → "partia"), or null: the text names several. */
export function pluralInstitution(word: string): string | null {
  return pluralForms.get(normWord(word)) ?? null
}

/** A title in the form it takes after a name ("Besa Leka, ministre e …", "deputet i …"). */
export function isIndefiniteTitle(word: string): boolean {
  const title = personTitle(word)
  return title !== null && indefinite(title).includes(normWord(word))
}

/** Offices that act for their whole body: "Administrata e Parkut …", "Bordi Drejtues i …", "Rektorati i …". */
const GOVERNING_OFFICES = new Set(['administrata', 'rektorati', 'kancelaria', 'bordi', 'kryesia'])

/** Whether a body's head noun names an office that acts for its whole body. */
export const isGoverningOffice = (noun: string): boolean => GOVERNING_OFFICES.has(noun)

/** Abbreviations of a kind of body that open its name: "KF Gurra" is a club. */
const KIND_ABBREVIATIONS = new Map([['kf', 'klubi'], ['fk', 'klubi'], ['ks', 'klubi'], ['kb', 'klubi'], ['kv', 'klubi'], ['kh', 'klubi']])

/** The kind of body an abbreviation before a name stands for ("KF" → "klubi"), or null. */
export function kindAbbreviation(word: string): string | null {
  return KIND_ABBREVIATIONS.get(normWord(word)) ?? null
}

/** The nominative institution noun a word is a form of ("policisë" → "policia"), or null. */
export function institutionNoun(word: string): string | null {
  return classify(word)[1]
}

/** A title or an institution noun, in any case form: the head of a speaker phrase. */
export function isRoleWord(word: string): boolean {
  const [title, institution] = classify(word)
  return title !== null || institution !== null || GROUP_NOUNS.has(normWord(word))
}

/** A word of address, written out or abbreviated without its dot ("zoti", "prof", "dr"). */
export function isHonorific(word: string): boolean {
  const w = normWord(word)
  return HONORIFICS.has(w) || HONORIFICS.has(`${w}.`)
}

/** A word that can stand before a name without being part of it: a title or a word of address. */
export function isTitleWord(word: string): boolean {
  return personTitle(word) !== null || isHonorific(word)
}

/** A plural or collective noun for people ("udhëheqësit", "palët", "ekspertët"). */
export function isGroupNoun(word: string): boolean {
  return GROUP_NOUNS.has(normWord(word))
}

const formCache = new Map<string, RegExp>()

/** A pattern that finds every case form of a nominative title or institution noun in raw text. */
export function roleForms(role: string): RegExp {
  let re = formCache.get(role)
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${forms(role).join('|')})(?![\\p{L}\\p{M}])`, 'giu')
    formCache.set(role, re)
  }
  re.lastIndex = 0
  return re
}

/** Institutions a bare title stands for ("Kryeministri" → Kryeministria, Qeveria). */
export function titleDefaults(title: string): string[] {
  return defaults.get(title) ?? []
}

export function isMinisterTitle(title: string): boolean {
  return /ministr[ij]a?$/u.test(title) && !title.includes('kryeministr')
}

export function nationality(word: string): string | null {
  const w = normWord(word)
  for (const [stem, country] of NATIONALITIES) {
    if (w === stem || (w.startsWith(stem) && w.length - stem.length <= 3 && /^(e|i|ë|ja|it|es|in|ët)$/u.test(w.slice(stem.length)))) return country
  }
  return null
}
