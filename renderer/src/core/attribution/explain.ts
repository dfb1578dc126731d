import type { AttributionReason, NamedEntity } from './attribute'
import type { Evidence } from './bookEntity'

// The attribution in one sentence, in Albanian or English. Albanian names take the case the
// sentence needs, from the entity ("burim i Shtëpisë së Bardhë", "ia atribuon Kremlinit").

export type ExplanationLanguage = 'sq' | 'en'

const SQ_EVIDENCE: Record<Evidence, string> = {
  article: 'sipas artikullit',
  source: 'sipas burimit',
  editor: 'sipas lidhjes që keni bërë',
  data: 'sipas listës së subjekteve të njohura',
}
const EN_EVIDENCE: Record<Evidence, string> = {
  article: 'according to the article',
  source: 'according to the source',
  editor: 'as you linked them',
  data: 'according to the list of well-known names',
}

/** "ia" for one, "ua" for several: the pronoun that doubles a dative. */
const ia = (e: NamedEntity) => (e.plural ? 'ua' : 'ia')

function sq(reason: AttributionReason): string {
  switch (reason.code) {
    case 'not-found':
      return 'Nuk gjendet në asnjë burim, ndaj atribuimi nuk mund të gjykohet.'
    case 'no-speaker':
      return 'Artikulli nuk thotë kush e tha, ndaj atribuimi nuk mund të gjykohet.'
    case 'no-author':
      return `Burimi «${reason.source.title}» nuk ka autor: shtoni autorin për ta krahasuar me folësin.`
    case 'same':
      return `Gjendet te «${reason.source.title}», burim i vetë ${reason.speaker.genitive}.`
    case 'speaks-for': {
      const { speaker, author, through } = reason
      const how = SQ_EVIDENCE[reason.evidence]
      if (through) return `Gjendet te «${reason.source.title}», burim i ${author.genitive}; ${how}, ${speaker.name} dhe ${author.name} flasin të dy në emër të ${through.genitive}.`
      if (reason.authorSpeaks) return `Gjendet te «${reason.source.title}», burim i ${author.genitive}; ${how}, ${author.name} flet në emër të ${speaker.genitive}.`
      return `Gjendet te «${reason.source.title}», burim i ${author.genitive}; ${how}, ${speaker.name} flet në emër të ${author.genitive}.`
    }
    case 'subject': {
      const { through, speaker } = reason
      if (through) return `Burimi «${reason.source.title}» ${ia(through)} atribuon vetë këto fjalë ${through.genitive}; ${through.name} dhe ${speaker.name} janë e njëjta palë.`
      return `Burimi «${reason.source.title}» ${ia(speaker)} atribuon vetë këto fjalë ${speaker.genitive}.`
    }
    case 'document':
      return `Gjendet te «${reason.source.title}», dokumenti që përmend artikulli, burim i ${reason.speaker.genitive}.`
    case 'not-known':
      return `Autori i burimit, ${reason.author.name}, nuk dihet të flasë në emër të ${reason.speaker.genitive}. Lidhini nëse janë e njëjta palë.`
    case 'part-of':
      return `${reason.speaker.name} dhe autori i burimit, ${reason.author.name}, mund të jenë e njëjta palë, pasi njëri është pjesë e ${reason.whole.genitive}. Lidhini ose shënojini si palë të ndryshme.`
    case 'maybe-same':
      return `${reason.speaker.name} dhe autori i burimit, ${reason.author.name}, flasin të dy në emër të ${reason.through.genitive}, pa u thënë e cilës: mund të jenë e njëjta palë. Lidhini ose shënojini si palë të ndryshme.`
    case 'similar':
      if (reason.side.name === reason.speaker.name) return `«${reason.speaker.name}» dhe autori i burimit, «${reason.author.name}», mund të jenë një institucion me dy emra, ose njëri pjesë e tjetrit. Lidhini nëse janë e njëjta palë.`
      return `«${reason.side.name}», për të cilën flet ${reason.speaker.name}, dhe autori i burimit, «${reason.author.name}», mund të jenë i njëjti institucion me dy emra. Lidhini nëse janë e njëjta palë.`
    case 'also-own':
      return `Gjendet më afër te «${reason.source.title}», burim i ${reason.author.genitive}, por edhe te «${reason.own.title}», burimi i vetë ${reason.speaker.genitive}.`
    case 'unrelated':
      return `U gjet te «${reason.source.title}», burim i ${reason.author.genitive}, por artikulli ${ia(reason.speaker)} atribuon ${reason.speaker.genitive}.`
    case 'mentioned':
      return `U gjet te «${reason.source.title}», burim i ${reason.author.genitive}, ku ${reason.side.name} përmendet si palë që vepron: nuk dihet nëse fjalët janë të ${reason.speaker.genitive}. Lidhini nëse janë e njëjta palë.`
    case 'quoted':
      return `U gjet te «${reason.source.title}», burim i ${reason.author.genitive}, që i citon këto fjalë nga dikush pa e emërtuar: nuk dihet nëse janë të ${reason.speaker.genitive}. Lidhini nëse janë e njëjta palë.`
    case 'labelled':
      return `U gjet te «${reason.source.title}», ku këto fjalë i thotë ${reason.label.name}, jo ${reason.speaker.name}.`
    case 'marked-unrelated':
      return `U gjet te «${reason.source.title}», burim i ${reason.author.genitive}, por artikulli ${ia(reason.speaker)} atribuon ${reason.speaker.genitive}, që e keni shënuar si palë tjetër.`
  }
}

function en(reason: AttributionReason): string {
  switch (reason.code) {
    case 'not-found':
      return 'Not found in any source, so the attribution cannot be judged.'
    case 'no-speaker':
      return 'The article does not say who said it, so the attribution cannot be judged.'
    case 'no-author':
      return `The source “${reason.source.title}” has no author: add one to compare it with the speaker.`
    case 'same':
      return `Found in “${reason.source.title}”, a source by the speaker, ${reason.speaker.english}.`
    case 'speaks-for': {
      const { speaker, author, through } = reason
      const how = EN_EVIDENCE[reason.evidence]
      if (through) return `Found in “${reason.source.title}”, a source by ${author.english}; ${how}, ${speaker.english} and ${author.english} both speak for ${through.english}.`
      if (reason.authorSpeaks) return `Found in “${reason.source.title}”, a source by ${author.english}; ${how}, ${author.english} speaks for ${speaker.english}.`
      return `Found in “${reason.source.title}”, a source by ${author.english}; ${how}, ${speaker.english} speaks for ${author.english}.`
    }
    case 'subject': {
      const { through, speaker } = reason
      if (through) return `The source “${reason.source.title}” itself gives these words to ${through.english}, the same side as ${speaker.english}.`
      return `The source “${reason.source.title}” itself gives these words to ${speaker.english}.`
    }
    case 'document':
      return `Found in “${reason.source.title}”, the document the article cites, by ${reason.speaker.english}.`
    case 'not-known':
      return `The source’s author, ${reason.author.english}, is not known to speak for ${reason.speaker.english}. Link them if they are the same side.`
    case 'part-of':
      return `${reason.speaker.english} and the source’s author, ${reason.author.english}, may be the same side, as one is part of ${reason.whole.english}. Link them or mark them as different sides.`
    case 'maybe-same':
      return `${reason.speaker.english} and the source’s author, ${reason.author.english}, both speak for “${reason.through.english}”, without saying which one: they may be the same side. Link them or mark them as different sides.`
    case 'similar':
      if (reason.side.name === reason.speaker.name) return `“${reason.speaker.english}” and the source’s author, “${reason.author.english}”, may be one body under two names, or one part of the other. Link them if they are the same side.`
      return `“${reason.side.english}”, which ${reason.speaker.english} speaks for, and the source’s author, “${reason.author.english}”, may be one body under two names. Link them if they are the same side.`
    case 'also-own':
      return `Found closest in “${reason.source.title}”, by ${reason.author.english}, but also in “${reason.own.title}”, the speaker’s own source.`
    case 'unrelated':
      return `Found in “${reason.source.title}”, a source by ${reason.author.english}, but the article gives it to ${reason.speaker.english}.`
    case 'mentioned':
      return `Found in “${reason.source.title}”, a source by ${reason.author.english}, which names ${reason.side.english} as acting: whether the words are ${reason.speaker.english}’s is not known. Link them if they are the same side.`
    case 'quoted':
      return `Found in “${reason.source.title}”, a source by ${reason.author.english}, which quotes these words from someone it does not name: whether they are ${reason.speaker.english}’s is not known. Link them if they are the same side.`
    case 'labelled':
      return `Found in “${reason.source.title}”, where these words are said by ${reason.label.english}, not by ${reason.speaker.english}.`
    case 'marked-unrelated':
      return `Found in “${reason.source.title}”, a source by ${reason.author.english}, but the article gives it to ${reason.speaker.english}, whom you marked as another side.`
  }
}

/** The attribution's reason as one sentence (two when it asks the editor to act). */
export function explainAttribution(reason: AttributionReason, language: ExplanationLanguage): string {
  return language === 'en' ? en(reason) : sq(reason)
}
