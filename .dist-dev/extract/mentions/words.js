// Closed word lists the mention layer reasons with. All lower case, no trailing period.
const set = (words) => new Set(words.trim().split(/\s+/));
/** Words that name a title or office: they precede a person's name but are not part of it. */
export const TITLE_HEADS = set(`
  mr mrs ms miss dr prof sir dame lord lady gen general lt lieutenant col colonel maj major capt captain
  cpl corporal sgt sergeant adm admiral cmdr commander brig brigadier marshal gov governor sen senator rep
  congressman congresswoman rev reverend father bishop archbishop cardinal pope imam ayatollah sheikh emir
  king queen prince princess president minister secretary chancellor premier vice-president mayor judge
  justice ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair director chief
  coach manager striker midfielder defender goalkeeper forward captain skipper batsman bowler
  adviser advisor aide officer detective inspector superintendent sheriff deputy attorney-general leader commissioner
  president-elect premier-elect dictator warlord rabbi pastor
`);
/** Words that qualify a title ("Foreign Minister", "Vice President", "Secretary of State"). */
export const TITLE_MODIFIERS = set(`
  prime foreign defence defense interior finance economy trade justice health education energy
  state home deputy vice acting interim former first chief executive managing general senior
  assistant under press national security attorney of the for affairs supreme lt. lieutenant
  retired ex associate presidential caretaker crown grand head
`);
/** Last words that make a name an organization ("Chevron Corp", "Labour Party"). */
export const ORG_HEADS = set(`
  inc corp corporation co company companies ltd plc llc ag sa nv bv gmbh spa ab oy asa group holdings
  holding bank bancorp airlines airways party ministry council army forces force police department
  office agency union association committee commission university college institute academy school
  fc club federation board bureau authority organisation organization front movement brigade brigades
  guard court parliament assembly senate cabinet government command service services corps
  exchange fund foundation trust reserve church mosque times post news journal herald tribune
  gazette television tv radio network broadcasting press motors industries pharmaceuticals
  petroleum oil energy mining mines resources steel telecom telecommunications systems technologies
  partners capital securities insurance investments bancshares chemicals electric electronics
  communications airport hospital team cooperative centre center commandos militia
  newsroom desk incorporated alliance coalition democrats republicans socialists brewery framework
`);
/** Words that make a run an organization wherever they stand in it ("Ministry of Defence"). */
export const ORG_WORDS = set(`
  ministry university bank council committee commission association federation union agency
  organisation organization institute department parliament
`);
/** Heads after which "of" (and "of the") continues a name ("Bank of England", "Gulf of Aden"). */
export const OF_HEADS = set(`
  bank ministry department university college institute council commission committee association
  federation union organisation organization agency office board bureau court league party front
  church academy school secretary minister republic kingdom state states gulf bay isle isles sea
  strait straits cape province city district region county museum chamber house people's friends
  army forces
`);
/** Last words that make a name a place ("Anbar Province", "South Ashland Avenue"). */
export const PLACE_HEADS = set(`
  province governorate region district county state prefecture oblast territory city town village
  valley river mountains mountain mount island islands peninsula sea ocean gulf bay lake desert
  strait coast canal basin plateau heights hills
  street st avenue ave road boulevard drive lane highway square plaza parkway ground stadium arena
`);
/** Last words of names of events, awards and competitions: CoNLL-style MISC, not entities. */
export const NON_ENTITY_HEADS = set(`
  cup cups championship championships champions games olympics olympiad open prix trophy award awards
  series tournament war prize classic masters rally tour festival day week month year plan accord
  treaty act bill law doctrine index agreement conference summit show
`);
/** Lower-case words that, right after a name, are part of a place ("Anbar province"). */
export const LOWER_PLACE_HEADS = set(`province governorate region district county prefecture oblast`);
/** Lower-case particles inside names ("Osama bin Laden", "Van der Sar", "Luiz da Silva"). */
export const NAME_PARTICLES = set(`al el bin ibn bint van von der den de del della di da dos das du le la ter ten y`);
/** Capitalized words that never start or belong to a name on their own. */
export const NEVER_NAMES = set(`
  the a an this that these those it its he she they we i you his her their our my your there here
  but and or if when while after before since as at in on of for from by with to into about
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue tues wed thu thur thurs fri sat sun
  gmt est edt bst cet a.m p.m am pm no not yes all some many most more other another each every
  what who whom which where why how mln bln pct vs v
`);
/** Verbs that, right after a name, mark it as a person who speaks or acts like one. */
export const PERSON_VERBS = set(`said says told added asked replied explained noted recalled insisted denied admitted wrote`);
/** Words before a name that make it a place ("in Bangui", "near Hebron"). */
export const PLACE_PREPOSITIONS = set(`in near outside at from to across toward towards via into`);
//# sourceMappingURL=words.js.map