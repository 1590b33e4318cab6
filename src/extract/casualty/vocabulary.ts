import type { CasualtyType } from '../../types.js';

// Words that say what happened to the people counted.
export const VERBS: Record<CasualtyType, string> = {
  killed:
    'killed|slain|shot dead|shot and killed|shot to death|stabbed to death|beaten to death|burned to death|fatally (?:shot|stabbed|wounded|injured|struck|hit)|gunned down|murdered|executed|eliminated|dead|died|lost their lives|found dead|pronounced dead',
  injured: 'injured|wounded|hurt|shot and injured|(?:taken|transported|rushed|sent|airlifted|flown) to (?:the |a |an |area |local |nearby )?hospitals?|hospitali[sz]ed|shot and wounded|treated for (?:their )?injuries|in (?:critical|serious|stable|grave) condition|pistol[- ]whipped',
  missing: 'missing|unaccounted for',
  arrested: 'arrested|detained|taken into custody|apprehended|booked into jail',
  captured: 'captured|abducted|kidnapped|taken hostage',
};

export const ALL_VERBS = Object.values(VERBS).join('|');

// Each type's words as one whole-text pattern, built once: typeOfVerb runs for every count read.
export const VERB_TYPES = (Object.entries(VERBS) as [CasualtyType, string][]).map(([type, words]) => [type, new RegExp(`^(?:${words})$`)] as const);

export function typeOfVerb(verb: string): CasualtyType | null {
  const v = verb.toLowerCase();
  for (const [type, pattern] of VERB_TYPES) {
    if (pattern.test(v)) return type;
  }
  return null;
}

/** Nouns for one person, for "a 23-year-old man was killed". */
export const PERSON_NOUN =
  'man|woman|boy|girl|teen|teenager|person|child|victim|driver|passenger|officer|deputy|student|resident|mother|father|toddler|infant|baby|bystander|security guard|guard|soldier|worker|suspect|gunman|shooter|leader|commander|head|' +
  'son|daughter|wife|husband|sister|brother|niece|nephew|aunt|uncle|cousin|grandmother|grandfather|grandson|granddaughter|girlfriend|boyfriend|' +
  'friend|neighbor|neighbour|relative|stepfather|stepmother|fiancee|fiance|roommate|coworker|clerk|cashier|customer|employee|pedestrian|motorist|' +
  'homeowner|trooper|youth|juvenile|male|female|patron|inmate|nurse|teacher|firefighter|paramedic|agent|sergeant|detective|preschooler|kindergartner|newborn|youngster|senior|veteran|pastor|owner|manager|attendant|motorcyclist|cyclist|bicyclist|hunter|shopper|guest|father-in-law|mother-in-law';

// Sentences about other tolls than the event's: annual totals, homicide counts, earlier years.
export const BACKGROUND = /\b(so far this year|this year|year to date|since (?:January|the start of the year)|last year|annual(?:ly)?|\d+(?:st|nd|rd|th) homicide|homicides (?:this|so far|in|since)|homicide (?:count|rate|total)|per year|each year|every year|in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d|over the past|in recent (?:years|months)|weekend (?:shootings|violence)|across the city|citywide|over the (?:[\w-]+ (?:and )?){0,3}weekend|since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)|in separate (?:shootings|incidents|attacks)|in retaliation|retaliation (?:for|to))\b/i;

// Roundups of several incidents ("8 dead in weekend shootings across Chicago"): plural shootings,
// a whole day's or night's toll. Case matters: a capitalized word before "shootings" is a place.
export const ROUNDUP = /\b(?:in|among|from) (?:(?:[A-Z][\w'’-]*|separate|multiple|several|unrelated|two|three|four|five|overnight|weekend|city|citywide)\s+){1,3}[Ss]hootings\b|\b[Tt]hroughout the (?:day|night|weekend)\b|\b(?:a series of|[Mm]ultiple) (?:\w+ )?shooting['’]?s\b|\b[Ss]hootings (?:across|around|throughout) /;

// A headline over a roundup: "1 dead, 6 wounded in South Side shootings", "Providence Weekend Violence".
export const ROUNDUP_TITLE = /\bshootings\b|\b(?:weekend|overnight|holiday) (?:of )?violence\b|\bviolent (?:weekend|night|day|holiday)\b|\bover (?:the )?weekend\b/i;

// Past the lead, an act told with a time before the story's ("a man was killed on the same block
// last week") is an earlier incident. In the lead the same words date the event itself ("charged
// in a shooting last week that killed three").
export const EARLIER = /\b(?:last week|(?:a|one|two|three|four|several|\d+) (?:days?|weeks?|months?) (?:ago|earlier)|a (?:day|week) (?:after|before) (?:a|an|the|another)|earlier this (?:week|month)|this (?:week|weekend|month)\b(?! (?:in|on|at) ))\b/i;
/** How far into the body the lead runs, in characters. */
export const LEAD_CHARS = 400;
