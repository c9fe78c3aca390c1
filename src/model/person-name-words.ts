// Word lists the name masker reads with (all folded: lower case, no accents). Given names and surnames
// are positive evidence of a person; relation words and honorifics announce one; public offices announce
// a public person, whose name stays; common words, particles and function words are not names.

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Honorifics: what follows is a name, capitalised or not ("mevrouw de jong", "dhr. Bakker"). */
export const HONORIFICS = words(`
  mevrouw mevr mw meneer mijnheer dhr heer mr mrs ms miss dr drs ir ing familie fam juffrouw juf
`);

/** Honorifics that announce a name in lower case too ("mevrouw de jong"); English "miss" is also a verb. */
export const DUTCH_HONORIFICS = words(`mevrouw mevr mw meneer mijnheer dhr heer familie fam juffrouw juf`);

/** Before an honorific these make it a noun ("die mevrouw", "mijn familie"), not a title before a name. */
export const DETERMINERS = words(`
  de het een die deze dat dit zo'n zo’n mijn zijn haar onze ons jouw je uw hun the a that this my his her our
`);

/** Relation words: a name may follow, often in lower case ("buurvrouw fatima", "mijn collega jan"). */
export const RELATIONS = words(`
  buurvrouw buurman collega oud-collega teamgenoot vriend vriendin vriendje vriendinnetje zus zuster zusje
  broer broertje moeder vader mama papa ma pa man vrouw echtgenoot echtgenote partner ex ex-partner
  leidinggevende manager baas chef teamleider afdelingshoofd neef nicht oom tante zwager schoonzus
  schoonzuster schoonmoeder schoonvader schoonbroer dochter zoon opa oma kleinzoon kleindochter cliënt client
  klant inwoner burger patiënt leerling student stagiair medewerker huisgenoot melder
  neighbour neighbor colleague coworker co-worker friend sister brother mother father mom mum dad husband
  wife boyfriend girlfriend boss supervisor citizen cousin uncle aunt son daughter
`);

/** Public offices: the name after them is a public person's, often the point of the question. */
export const PUBLIC_OFFICES = words(`
  minister staatssecretaris premier minister-president wethouder burgemeester gedeputeerde commissaris
  kamerlid tweede-kamerlid raadslid statenlid koning koningin prinses prins president directeur-generaal
  secretaris-generaal
`);

/** Particles inside a name ("van der", "el", "’t"). */
export const PARTICLES = words(`
  van de der den ten ter te het 't ’t la le du von el al ben bin da di dos das del della
`);
/** Particles that are also everyday words are not read as particles in lower case ("al", "te", "het"). */
export const LOWER_CASE_PARTICLES = words(`van de der den ten ter 't ’t la le du von el da di dos del della`);

/**
 * Given names common in the Netherlands and Belgium (Dutch, Frisian, Moroccan, Turkish, Surinamese,
 * Antillean, Indonesian, Polish, English). Those that are also Dutch words are in NAME_WORDS.
 */
export const GIVEN_NAMES = words(`
  aad aart abdel abdelkader abdul abdullah adam adriaan adrie agnes ahmed ahmet aisha ajay albert alex
  alexander ali alice alie amal amber amina amir amy ana andre andrea andreas angela angelique anika anita
  anja anke ann anna anne anne-marie anneke annemarie annemieke annet annette anouk anton antoon arie arjan
  arjen arnold aron arthur astrid ayoub aylin ayse bart bas bea beatrix bernard bert bertus bilal bo
  boris bouke bram brenda brian britt buse carla carmen caroline cas casper catharina cees celine
  charlotte chantal chris christiaan christina christine cindy claire clara claudia cor corine cornelis corrie
  daan daisy daniel daniella danny dave david debora dennis dewi diana diederik dina dirk dolf dora
  dorien douwe dries dunya eddy edith eef eefje elif elise elisabeth ella ellen els elske emine emily emma
  emre erik esra esther eva evert evi ewa fabian farah fatima fatma femke fenna finn fleur floor floris
  frank freek frits gabriel gerard gerben gerda gerrit gert gerrit-jan gijs gillian gonny greet
  greetje gregor guus hamza hanna hannah hanneke hans harrie hasan hassan hatice hein hendrik henk
  henny henri herman hetty hilde huib hussein ibrahim ilse imane ines inge ingrid irene iris isa isabel
  ismail ivo jaap jack jacob jacqueline jamal james jan jan-willem jana janneke jannes jasper jeroen jesse
  jip joanna jochem joep johan johanna john jolanda jonas joost joris jos jose josephine joyce judith
  julia julian juliette jurgen justin kaoutar karel karim karin karina kees kemal kevin khadija kim klaas
  koen kristel laura lars lauren leila lena leo levi lex lieke linda lisa lisanne lize lotte
  louis lucas lucia luuk maaike maarten manon marco marcel marga margo margriet maria marian marianne
  marie marieke marijke marijn mario marion marit mark marleen marloes martijn martin marjolein mary
  mathijs matthijs max meike melissa mehmet merel michael michel michelle mila milan mirjam mohamed
  mohammed mohammad mounir mustafa myrthe nadia najib naima nathalie nick niels nienke nina noah noor nora
  nouredine olga olivia omar oscar otto patrick paul paula pauline peter petra philip piet pieter pim
  priscilla rachid rachel rafael ramon rana ravi rebecca reinier remco rene renate richard rick rik rinus
  rita rob robbert robert robin rogier roel roos rosa ruben rudi ruud saida salma sam samira samuel
  sandra sanne sara sarah sascha sebastiaan selin sem senna sevda shanti simon simone sjaak sjoerd sofie
  sonja sophie stefan stephanie sterre stijn suzanne sven tamara tanja ted teun thijs thomas tijn tim
  tineke tom tomasz ton tonnie twan valerie vera victor vincent wendy wessel wieger wilco wilhelmina willem
  willemijn wim wout yasmina yasmine yusuf yvonne zeynep zoe
`);

/** Given names that are also Dutch words or abbreviations: only a name in context. */
export const NAME_WORDS = words(`
  bas bo bram els floor fleur frank iris jack jan kim lex mark max merel noor piet rob roos sam ton vera
`);

/** Common surnames that are also words, or end like a verb or a plural ("de jong", "bakker", "peters"). */
export const SURNAME_WORDS = words(`
  bakker visser smit smits mulder bos vos peters peeters meijer meyer dekker brouwer kok jacobs schouten
  prins blom huisman kramer koster maas koning post groot boer wit jong haan graaf bruin bruijn leeuw berg
  dijk beek vliet wijk dam wal meer linden heuvel bosch velde molenaar timmer timmerman kuiper kuipers hoek
  lange visscher schipper hendriks willems janssens gerrits hermans wouters mertens martens claes maes
  schmidt brandt vries brink veen wolf beer haas kat vink zwart klein lang kort rood groen winter zomer
  storm hout smith brown jones williams taylor
`);

/** Everyday words that follow a relation word or a name: adverbs, prepositions, common verb forms. */
export const COMMON_WORDS = words(`
  achter naast tussen binnen buiten langs rond rondom sinds vanaf volgens tijdens namens via per tegenover
  behalve ondanks dankzij vanwege gisteren vandaag morgen vanochtend vanmiddag vanavond straks later eerder
  vroeger laatst onlangs net pas ineens opeens steeds weer altijd nooit vaak soms meestal eens toen daarna
  daarom daardoor daarbij daarover daarin hierover hierbij waarop waarover waarin waarbij zelfs alleen
  samen allebei beiden beide allemaal iedereen niemand wiens zei zeiden zegt vroeg vroegen schreef schreven
  las liet lieten ging gingen kwam kwamen sprak spraken zag zagen vond vonden kreeg kregen bleef bleven deed
  deden wist wisten dacht dachten kocht bracht stond stonden lag zat nam namen gaf gaven hield hielp riep
  krijgt geeft neemt komt staat ziet vindt weet denkt houdt zodat terwijl nadat voordat hoewel ergens
  overal zeer best natuurlijk misschien waarschijnlijk zeker graag liever erover ermee erbij ervan erin
  said says asked asks told tells wants works thinks knows yesterday today tomorrow still never always
  often sometimes who whose which also just haha hihi hoi hey lol xd ok oke oké
`);
