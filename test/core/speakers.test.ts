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

  it('gives a pronoun the person of its gender, learned from the title the text names them with', () => {
    const text = 'Lajm.\nDrejtori i projektit, Gentian Lleshaj, pranoi vonesën. „Bëhet fjalë për një vilë“, tha Valbona Qerimaj, drejtoreshë e institutit.\nLleshaj kërkon që afati të shkurtohet, ndërsa Qerimaj këmbëngul se kjo është e pamundur. Ai llogarit se „çdo javë kushton 90 mijë euro“, kurse ajo përgjigjet prerë: „Trashëgimia nuk matet me euro“.'
    expect(speakerOf(text)).toEqual(['Valbona Qerimaj', 'Lleshaj', 'Qerimaj'])
  })

  it('takes the subject of the clause a second verb joins, and never carries a quote over to someone of the other gender', () => {
    const text = 'Lajm.\nKryetarja e këshillit, Valbona Tërshana, foli pas mbledhjes. Drejtori i fondacionit, Erion Bukëlaj, ka një version tjetër, ndërsa kryetarja e këshillit nuk e mohon dorëzimin, por thotë se plani ishte i paplotë. Ai këmbëngul: „Plani u dorëzua më 28 maj“. Ajo, nga ana e saj, e la derën të hapur: „Këshilli mbetet i hapur“.'
    expect(speakerOf(text)).toEqual(['Erion Bukëlaj', 'kryetarja e këshillit'])
  })

  it('does not give a quote to whom a reported clause before its colon names', () => {
    const text = 'Lajm.\nDrejtoresha Mimoza Kaçupi pranoi gabimin. Kaçupi shtoi se bashkia po i kërkon llogari firmës: „Kemi kërkuar një raport të plotë teknik“.'
    expect(speakerOf(text)).toEqual(['Kaçupi'])
  })

  it('reads someone unnamed who spoke to the reporter, or whom a sentence presents, and passes a long clause about whose child', () => {
    const fisherman = 'Lajm.\nKryetari Fatmir Lleshanaku premtoi një inspektim. Në bregun lindor na foli një peshkatar i moshuar nga Mbreva, i cili nuk dha emrin. „Kurrë nuk e kam parë liqenin kaq poshtë“, tha ai.'
    expect(speakerOf(fisherman)).toEqual(['një peshkatar i moshuar'])
    const guest = 'Lajm.\nDrejtori Gëzim Prendushi foli në ceremoni. Mes të ftuarve ishte edhe një punonjës i uzinës mekanike, që dikur ka qenë nxënës i shkollës. „Në kohën tonë mësonim me elektroda të vjetra“, tha ai.'
    expect(speakerOf(guest)).toEqual(['një punonjës i uzinës mekanike'])
    const mother = 'Lajm.\nNjë nënë nga lagjja e Ujëvarës, djali i së cilës stërvitet prej katër vitesh në akademi dhe luan si portier te U-14, thotë se prindërit janë të hutuar. „Askush nuk na ka thënë ende“, tha ajo.'
    expect(speakerOf(mother)).toEqual(['Një nënë nga lagjja e Ujëvarës'])
  })

  it('gives a pronoun after a sentence about someone unnamed to that person, not to a body named before', () => {
    const text = 'Lajm.\nAkademia Kalaja e kundërshton vendimin. Një nënë e një basketbollisti u ankua për shpenzimet e udhëtimit. „Nuk kemi mundësi t’i çojmë çdo ditë“, tha ajo.'
    expect(speakerOf(text)).toEqual(['Një nënë'])
  })

  it('reads "Një ditë më vonë" as a time, not as someone, and an age as part of someone unnamed', () => {
    const later = 'Lajm.\nKomandanti Ylber Kaçamaku foli për operacionin. Një ditë më vonë, vetë kryetari Kallçuku vizitoi shpatin. „Prerjet kanë dëmtuar 12 hektarë“, tha ai.'
    expect(speakerOf(later)).toEqual(['kryetari Kallçuku'])
    const aged = 'Lajm.\nDrejtori Rexhep Zllanoga foli për protestat. Një pensioniste 74-vjeçare, e cila kërkoi të mos përmendej me emër, tha: „Unë nuk di ta përdor telefonin.“'
    expect(speakerOf(aged)).toEqual(['Një pensioniste 74-vjeçare'])
    expect(speakerOf('Lajm.\nNjë pensionist 71-vjeçar, i cili priste para bankës, tha: „Aplikacioni është për të rinjtë.“')).toEqual(['Një pensionist 71-vjeçar'])
  })

  it('reads “e” right before a verb as its object’s clitic: the subject is before it, not the object after', () => {
    const text = 'Lajm.\nLlapashtica, nga ana e saj, e akuzoi Ujkashin se ka qenë pjesë e drejtimit. „Kandidati tjetër ka qenë nënkryetar“, deklaroi ajo.'
    expect(speakerOf(text)).toEqual(['Llapashtica'])
  })

  it('takes a platform named in marks after a lower-case prefix for a name, not a quote', () => {
    const { quotes, names } = detectQuotes('Lajm.\nListat u publikuan në platformën „e-Pranimi“ të hënën. „Asnjë emër nuk do të mbrohet“, tha rektori.')
    expect(quotes.map((q) => q.text)).toEqual(['Asnjë emër nuk do të mbrohet'])
    expect(names.map((n) => n.text)).toContain('e-Pranimi')
  })

  it('never takes a plural, or a body that claims, for whom a singular pronoun means', () => {
    const claim = 'Lajm.\nKryetari i bordit, Besnik Tahirukaj, deklaroi se oferta ishte më e lirë. Kompania pretendon se u skualifikua padrejtësisht. Sipas tij, „kriteret u ndryshuan dy javë para hapjes“.'
    expect(speakerOf(claim)).toEqual(['Besnik Tahirukaj'])
    const plural = 'Lajm.\nDrejtoresha e spitalit, Ardiana Pëllumbaj, foli për grevën. Pacientët me vizita të planifikuara janë këshilluar të presin. Sipas saj, „kërkesat për paga nuk varen nga spitali“.'
    expect(speakerOf(plural)).toEqual(['Ardiana Pëllumbaj'])
  })

  it('takes no speaker from a subject that only frames a clause ("Ironia është se …")', () => {
    const framed = 'Lajm.\nPronari i kafenesë, Agron Duka, u ankua për vonesat. Ironia është se „askush nuk na pyeti kur u vendos“.'
    expect(speakerOf(framed)).toEqual([null])
    const continued = 'Lajm.\nPronari i kafenesë, Agron Duka, u ankua: „Ka dy muaj që presim“. Problemi është se „askush nuk na pyeti“.'
    expect(speakerOf(continued)).toEqual(['Agron Duka', 'Agron Duka'])
    const standing = 'Lajm.\nIronia është se dy vjet më parë ishte ai vetë që e kërkoi. „Mbyllja do t’i detyronte gratë të udhëtonin“.'
    expect(speakerOf(standing)).not.toContain('Ironia')
  })

  it('reads “replikoi” and “vijoi” as verbs of saying, so their pronoun finds its own gender', () => {
    const text = 'Lajm.\nZëvendësministrja, Entela Sinani, foli në komision. „Kemi gjetur dosje“, u shpreh ajo.\nNë seancë ishte i ftuar edhe Alushi, i cili e kundërshtoi ashpër zëvendësministren. „Ministria na akuzon“, replikoi ai. „Verifikimet i bëri vetë“, vijoi ai.'
    expect(speakerOf(text)).toEqual(['Entela Sinani', 'Alushi', 'Alushi'])
  })

  it('reads someone unnamed described with a place, and never carries a quote with its own cue over to the speaker before', () => {
    const text = 'Lajm.\nZëvendëskryetarja pranoi se ka pasur probleme. „Projekti nuk parashikonte kanalizimet“, tha ajo.\n„Në dimër presim në shi“, tha një shofer i linjës Elbasan–Tiranë.'
    expect(speakerOf(text)).toEqual(['Zëvendëskryetarja', 'një shofer i linjës Elbasan–Tiranë'])
    const unread = text.replace('i linjës Elbasan–Tiranë.', 'i linjës 105 për Elbasanin dhe Tiranën, në orën 7.')
    expect(speakerOf(unread)[1]).toBeNull()
  })

  it('gives a pronoun a person named in apposition after an adverbial, not the document that person wrote, nor a wife for “ai”', () => {
    const text =
      'Lajm.\nFamilja e 41-vjeçarit Besnik Hasa e mohon. Bashkëshortja e tij, e cila priste para komisariatit, tha se Hasa punonte si shofer. „Ai merrte 2 mijë lekë“, pyeti ajo.\n' +
      'Ndërkohë, vëllai i tij, Gentian Hasa, ka publikuar një postim në Facebook ku akuzon policinë. „Vëllai im është thjesht shofer“, shkruan ai.'
    expect(speakerOf(text)).toEqual(['Bashkëshortja', 'Gentian Hasa'])
    const wife = text.replace('Ndërkohë, vëllai i tij, Gentian Hasa, ka publikuar një postim në Facebook ku akuzon policinë.', 'Postimi u shpërnda shpejt.')
    expect(speakerOf(wife)).toEqual(['Bashkëshortja', 'Besnik Hasa'])
  })

  it('passes a participle’s clause before the subject, and goes on with the speaker for a verb of saying with no subject', () => {
    const asked = 'Lajm.\nShkrimtarja Elira Kastrati foli për librin.\nPyetur nëse romani është autobiografik, Kastrati hesht për një çast. „Kam shkruar për motrën time“, thotë ajo.'
    expect(speakerOf(asked)).toEqual(['Kastrati'])
    const goesOn = 'Lajm.\nShkrimtarja Elira Kastrati fitoi çmimin. E pyetur se si e mori vesh lajmin, ajo qesh: „Mendova se ishte shaka“. Pastaj shton, më seriozisht: „Ky çmim u përket grave“.'
    expect(speakerOf(goesOn)).toEqual(['Shkrimtarja Elira Kastrati', 'Shkrimtarja Elira Kastrati'])
  })

  it('gives “sipas raportit … nga organizata” to the organisation, and a pronoun after a colon to whom its sentence named', () => {
    const report = 'Lajm.\nSipas raportit të publikuar të hënën nga organizata, „shtrati i lumit është ulur me dy metra“.'
    expect(speakerOf(report)).toEqual(['organizata'])
    const colon = 'Lajm.\nNë emër të bordit foli drejtoresha e komunikimit, Anisa Bregu, e cila iu referua deklaratës së bordit: sipas saj, rritja është “e domosdoshme”.'
    expect(speakerOf(colon)).toEqual(['Anisa Bregu'])
  })

  it('gives “thuhet në deklaratë” to whom the sentence before says issued it', () => {
    const text = 'Lajm.\nDrejtori nuk doli para protestuesve, por Drejtoria e Përgjithshme shpërndau një deklaratë. „Heqja e edicionit është pjesë e ristrukturimit“, thuhet në deklaratë.'
    expect(speakerOf(text)).toEqual(['Drejtoria e Përgjithshme'])
    expect(speakerOf('Lajm.\nProtesta vazhdoi. „Heqja e edicionit është pjesë e ristrukturimit“, thuhet në deklaratë.')).toEqual(['deklaratë'])
  })

  it('finds a person after a common noun for what they are, and takes no time, banner or relative for the speaker before', () => {
    const surgeon = 'Lajm.\nZëvendësministrja inspektoi punimet.\nNë godinën e vjetër të spitalit, kirurgu kardiak Ilir Bregu nuk e fsheh zhgënjimin. „Çdo javë dërgojmë dhjetë pacientë në Tiranë“, tha ai.'
    expect(speakerOf(surgeon)).toEqual(['Ilir Bregu'])
    const banner = 'Lajm.\nNjë studente tha se alarmi nuk ra. „U zgjuam nga britmat“, tha ajo. Mbrëmjen e së dielës, studentët ndezën qirinj, ku mbi një pankartë shkruhej: „Erioni nuk duhej të vdiste“.'
    expect(speakerOf(banner)).toEqual(['Një studente', null])
    const vendor = 'Lajm.\nKryetarja e shoqatës, Lindita Koçi, paralajmëroi protestë. „Klientët nuk do të paguajnë“, shtoi ajo.\nNjë shitës frutash në bulevard, i cili e ka tezgën aty prej 20 vitesh, ishte edhe më i ashpër: „Na heqin klientët.“'
    expect(speakerOf(vendor)).toEqual(['Lindita Koçi', 'Një shitës frutash'])
  })

  it('reads a bare family title as the relative the article named with it', () => {
    const text = 'Lajm.\nBabai i Erionit, Pjetër Gjoni, nuk pranon ngushëllimet. „Askush nuk e dëgjoi“, tha ai.\nPyetur nëse do të takohej me rektoren, babai u përgjigj shkurt: „Jo tani.“'
    expect(detectQuotes(text).quotes.map((q) => q.speaker?.entity)).toEqual(['Pjetër Gjoni', 'Pjetër Gjoni'])
  })

  it('carries no quote over to the speaker before when its own sentence introduces it about someone else', () => {
    const defendant = 'Lajm.\nAvokatja Klodiana Hasa e kundërshtoi vendimin. Sipas saj, gjykata vendosi „mbi një dëshmi të vetme“.\nVetë Zeneli nuk foli pas seancës. Në fjalën e fundit, ai kishte këmbëngulur se ishte i pafajshëm: „Kam punuar 20 vjet në doganë.“'
    expect(speakerOf(defendant)).toEqual(['Avokatja Klodiana Hasa', 'Zeneli'])
    const climber = 'Lajm.\nZëdhënësi i policisë tha se „policia vazhdon hetimet“.\nNga shtrati i spitalit, alpinisti i plagosur, një 34-vjeçar nga Krakova, i falënderoi shpëtimtarët: „Ata rrezikuan jetën e tyre.“'
    expect(speakerOf(climber)).toEqual(['Zëdhënësi i policisë', null])
    const hospital = 'Lajm.\n„Urgjenca priti 400 pacientë“, shkroi spitali në Facebook. Në të njëjtin postim, spitali u bëri thirrje qytetarëve: „Kontaktoni mjekun familjar.“'
    expect(speakerOf(hospital)).toEqual(['spitali', 'spitali'])
    expect(speakerOf('Lajm.\nAktorja Elsa Kopani foli për gazetën.\nPyetje: Në letër keni shkruar se „nuk do të dalim më në skenë“. A do të riktheheni?')).not.toContain('Pyetje')
  })

  it('reads a full name after a common noun and a word of address, a pronoun after a participle’s clause, and more verbs of saying', () => {
    const doctor = 'Lajm.\nKryetari Shehu premtoi fonde. „Bashkia do të kërkojë fonde“, tha ai.\n„Kemi pritur tridhjetë pacientë“, tha pulmonologu Dr. Fatos Rama. Ai paralajmëroi: „Maskat prej pëlhure nuk mbrojnë.“'
    expect(speakerOf(doctor)).toEqual(['Kryetari Shehu', 'Fatos Rama', 'Fatos Rama'])
    const asked = 'Lajm.\nAlketa Ruci, zëdhënëse e Federatës, foli për vendimin. Pyetur nëse rezultati mund të ndryshojë, ajo ishte e prerë: „Rregulloret nuk e parashikojnë.“'
    expect(speakerOf(asked)).toEqual(['Alketa Ruci'])
    const priest = 'Lajm.\nFamullitari i kishës, At Pandeli Nushi, e priti ikonën. Fshati ka ngritur një sistem alarmi. „Nuk do ta lëmë të largohet“, u zotua famullitari.'
    expect(detectQuotes(priest).quotes.map((q) => q.speaker?.entity)).toEqual(['At Pandeli Nushi'])
    const pensioner = 'Lajm.\nKryetari Gentian Muça foli. „Asnjë farmacist nuk duhet ta shesë“, deklaroi Muça.\nNjë pensioniste nga Elbasani tregoi se e dëgjoi në televizor. „Askush nuk më telefonoi“, rrëfeu ajo.'
    expect(speakerOf(pensioner)).toEqual(['Muça', 'Një pensioniste'])
  })

  it('takes a product named in marks with its dose for a name, not a quote', () => {
    const { quotes, names } = detectQuotes('Lajm.\nTërhiqen dy seri të ilaçit „Tensilor 50 mg“ nga farmacitë. „Seritë duhet të hiqen“, tha drejtoresha.')
    expect(quotes.map((q) => q.text)).toEqual(['Seritë duhet të hiqen'])
    expect(names.map((n) => n.text)).toContain('Tensilor 50 mg')
  })

  it('reads a bare body as the body, not as the person whose title named it', () => {
    const text = 'Lajm.\nDrejtoresha e burimeve njerëzore e kompanisë, Olta Kraja, ka deklaruar se „greva nuk u njoftua“.\nKompania thotë se operatorët „fitojnë mbi mesataren e sektorit“.'
    expect(detectQuotes(text).quotes.map((q) => q.speaker?.entity)).toEqual(['Olta Kraja', 'Kompania'])
  })

  it('takes a company named in marks at the start of its sentence, before a comma and no cue, for a name', () => {
    const { quotes, names } = detectQuotes('Lajm.\nPista mbyllet.\n„Shqiponja Air“, në njoftimin drejtuar pasagjerëve, shkruan se „të gjithë do të rimbursohen“. „Po“, tha ai.')
    expect(quotes.map((q) => q.text)).toEqual(['të gjithë do të rimbursohen', 'Po'])
    expect(names.map((n) => n.text)).toContain('Shqiponja Air')
  })

  it('gives “ajo” and “ai” the woman and the man two people a sentence names, by the gender of their titles', () => {
    const joint = 'Lajm.\nNga kompania ajrore, drejtori tregtar Kledi Marku dhe zëdhënësja Anisa Bregu dhanë shpjegime. Ai pranoi se „pasagjerët duhej të ishin njoftuar“, ndërsa ajo këmbënguli se „kompania u njoftua vonë“.'
    expect(speakerOf(joint)).toEqual(['drejtori tregtar Kledi Marku', 'zëdhënësja Anisa Bregu'])
    const minutes =
      'Lajm.\nRektorja Lindita Muça e anuloi zgjedhjen.\nUrdhri i rektores bazohet në procesverbalin e komisionit, ku kryetarja e komisionit, Sara Dedja, dhe përfaqësuesi i listës rivale, Klodian Hoxha, patën një debat. ' +
      'Ajo pranoi se "kutia nuk ishte vulosur", ndërsa ai kërkoi "të anulohet e gjithë zgjedhja".'
    expect(speakerOf(minutes)).toEqual(['Sara Dedja', 'Klodian Hoxha'])
  })

  it('gives “ajo” the woman named after a titled man in apposition and “dhe”', () => {
    const text = 'Lajm.\nKryetari i kooperativës, Ilir Bejko, dhe nënkryetarja Valbona Çela u takuan me prefektin. „Na premtuan një komision“, tha Bejko. „Askush nuk erdhi“, shtoi ajo.'
    expect(detectQuotes(text).quotes.map((q) => q.speaker?.entity)).toEqual(['Bejko', 'Valbona Çela'])
  })

  it('gives “ajo” someone unnamed after a word of time, or introduced as among those present', () => {
    const tenant = 'Lajm.\nMegjithatë, edhe Klodiana Rama pranon se tavani nuk mjafton.\nNdërkohë, një qiramarrëse në lagjen Kombinat, nënë e dy fëmijëve, tregoi se qiraja e saj u rrit. «Pronari më tha: paguaj ose ik», rrëfeu ajo.'
    expect(speakerOf(tenant)).toEqual(['një qiramarrëse'])
    const runner = 'Lajm.\nTafaj e hodhi poshtë sqarimin. „Nuk kemi marrë përgjigje“, tha ai.\nNdër ata që mbetën pa garë ishte edhe një vrapues 29-vjeçar nga Prishtina. “Kam katër muaj që stërvitem”, tha ai.'
    expect(speakerOf(runner)).toEqual(['Tafaj', 'një vrapues 29-vjeçar'])
  })

  it('does not give “ajo” a subject whose adjective is masculine', () => {
    const text = 'Lajm.\nDrejtoresha e spitalit, Mirela Gjoni, tha se „do të trajtohen 120 çifte“.\nInteresi ka qenë shumë më i madh nga sa pritej. „Lista ka arritur në 300 çifte“, shtoi ajo.'
    expect(detectQuotes(text).quotes.map((q) => q.speaker?.entity)).toEqual(['Mirela Gjoni', 'Mirela Gjoni'])
  })

  it('reads the subject after an adverbial that names a newspaper in marks', () => {
    const text = 'Lajm.\nMetaj e kundërshtoi: «Kontrata flet ndryshe.»\nNë një intervistë për gazetën „Sporti Lindor“, Sheqeri u pyet nëse klubi do ta padisë kompaninë. „Po e studiojmë kontratën“, u përgjigj ai.'
    expect(detectQuotes(text).quotes.map((q) => q.speaker?.entity)).toEqual(['Metaj', 'Sheqeri'])
  })

  it('takes a painting named in marks for a name, not a quote', () => {
    const { quotes, names } = detectQuotes('Lajm.\nPiktura „Vajza me shami të kuqe“ u kthye në muze. „Është ditë feste“, tha drejtori.')
    expect(quotes.map((q) => q.text)).toEqual(['Është ditë feste'])
    expect(names.map((n) => n.text)).toContain('Vajza me shami të kuqe')
  })

  it('gives “ajo” the subject of the sentence, not a woman named in the clause it reports', () => {
    const text = 'Lajm.\nDrejtoresha e kompanisë, Mirela Kopani, foli. “Nuk mund të premtojmë”, tha Kopani. Bregu, e cila drejton sindikatën, kujtoi se vetëm një muaj më parë Kopani u kishte premtuar rritje pagash. “Ajo na tha në sy se paga do të rritet”, shtoi ajo.'
    expect(speakerOf(text)).toEqual(['Kopani', 'Bregu'])
  })

  it('gives no speaker to a question put to someone, and finds someone unnamed after a longer adverbial', () => {
    const asked = 'Lajm.\nGjoni foli. Në një intervistë, Gjoni u pyet: „A keni prova se çmimi është fryrë?“'
    expect(speakerOf(asked)).toEqual([null])
    const shopper = 'Lajm.\nMuça foli.\nNë një supermarket në qendër të Tiranës, një blerëse e moshuar tha se e blinte prej vitesh. «Tani nuk e di çfarë t’u jap nipërve», u shpreh ajo.'
    expect(speakerOf(shopper)).toEqual(['një blerëse e moshuar'])
    const queue = 'Lajm.\nPrifti foli. „Është lëmoshë“, tha ajo.\nPara zyrës së postës, ku radha zgjatej deri në trotuar, një pensioniste ishte më pak e interesuar. „Unë nuk pres gjë prej tyre.“'
    expect(speakerOf(queue)).toEqual(['Prifti', 'një pensioniste'])
    expect(() => detectQuotes('Lajm.\nNdërkohë,\n„Po“, tha ajo. Në Tiranë,\n„Jo“, tha ai.')).not.toThrow()
  })

  it('takes the names of offences in marks for names, not quotes', () => {
    const text = 'Lajm.\nProkuroria ka nisur hetimin për „shpërdorim detyre“ dhe „shkelje të rregullave të punës në ndërtim“. Ka edhe procedim penal për veprën "shkelja e rregullave të mbrojtjes në punë". „Do të ndëshkohen“, tha prokurori.'
    const { quotes, names } = detectQuotes(text)
    expect(quotes.map((q) => q.text)).toEqual(['Do të ndëshkohen'])
    expect(names.map((n) => n.text)).toEqual(['shpërdorim detyre', 'shkelje të rregullave të punës në ndërtim', 'shkelja e rregullave të mbrojtjes në punë'])
    // "vepra" is also a work of art.
    expect(detectQuotes('Lajm.\nDrejtori Leonard Xhafa foli. Ai shtoi se vepra „ka nevojë për disa javë restaurim“.').quotes.map((q) => q.text)).toEqual(['ka nevojë për disa javë restaurim'])
  })

  it('reads the subject of a colon’s sentence past words of time with no comma', () => {
    const text = 'Lajm.\nDeputeti Ardit Gjoni e cilësoi blerjen abuzive. „Kushton dyfishin“, tha Gjoni. Më pas ai iu drejtua përfaqësueses së qeverisë me një pyetje: „Kush e përzgjodhi kompaninë?“'
    expect(speakerOf(text)).toEqual(['Gjoni', 'Gjoni'])
  })

  it('reads a surname that begins like a common noun (“Basha”, “bashkisë”) as a man’s for “Ai”', () => {
    const text = 'Lajm.\nErion Basha tha: „Kemi gjetur më shumë fletë të pavlefshme se në gjithë bashkinë“.\nKreu i komisionit, Petrit Nela, konfirmoi se kërkesa u shqyrtua.\nBasha, nga ana e tij, u përpoq t’i ulte tensionet. Ai tha se Aleanca „do ta respektojë vendimin“.'
    expect(speakerOf(text).at(-1)).toBe('Basha')
  })

  it('gives what a letter says (“…, ku shkruan:”) to its sender, not to whom it was sent', () => {
    const text = 'Lajm.\nShoqata e Prodhuesve të Verës i ka dërguar një letër Drejtorisë së Përgjithshme të Doganave, ku shkruan: „Asnjë laborator nuk e lëshon këtë certifikatë“.'
    expect(speakerOf(text)).toEqual(['Shoqata e Prodhuesve të Verës'])
  })

  it('finds the name after a second title in apposition (“Kolegia e tij, aktorja Jonida Sula, …”)', () => {
    const text = 'Lajm.\nKolegia e tij, aktorja Jonida Sula, dhe regjisori i shfaqjes, Gentian Bajraktari, mbajnë qëndrime të kundërta. „Nuk do të dal në skenë pa Erionin“, tha ajo. „Provat vazhdojnë“, u përgjigj ai.'
    expect(speakerOf(text)).toEqual(['Jonida Sula', 'Gentian Bajraktari'])
  })

  it('takes no place after a name in marks for the speaker (“pronar i kantinës "Guri i Zi" në Lekas, pranoi”)', () => {
    expect(speakerOf('Lajm.\nIlir Dushku, pronar i kantinës "Guri i Zi" në Lekas, pranoi se kontrolli ka një arsye: "Certifikata kërkohet për të garantuar".')).toEqual(['Ilir Dushku'])
    expect(speakerOf('Lajm.\nMira Dedja, nga shkolla «Naim Frashëri» në Elbasan, tha se gabimet i ka ndrequr vetë. «I kam korrigjuar me laps të kuq», tha ajo.')).toEqual(['Mira Dedja'])
  })
})
