import type { CasualtyType } from '../../types.js';
import type { RuleInfo } from '../rule.js';

/**
 * A casualty rule over compromise's parse of one sentence: `match` (compromise match syntax)
 * finds what happened, in a group named `verb`; who it happened to is read from the clause
 * around it (see clause.ts): the subject before a passive or intransitive verb ("a 17-year-old
 * boy was killed", "two others were grazed"), the object after an active one ("killing four
 * people"), or the phrase after "of" for a noun ("the shooting death of a toddler").
 */
export interface ClauseRule extends RuleInfo {
  match: string;
  /** Where the people counted stand in the clause. */
  who: 'subject' | 'object' | 'of';
  /**
   * Words a sentence must hold for `match` to find anything there: a regex test is far cheaper
   * than compromise's match, so rules whose words are absent are not matched at all.
   */
  needs: RegExp;
  /** Words that void a match of `match` ("taken to the juvenile detention center"). */
  unless?: RegExp;
  /** The type, when the rule fixes it; otherwise the verb's. */
  type?: CasualtyType;
}

// Verbs of one word or fixed phrases; compromise's OR groups take no nested groups, so each
// phrase is spelled out.
export const KILLED_WORDS = [
  'killed', 'slain', 'murdered', 'died', 'dies', 'dead', 'pronounced dead', 'declared dead', 'found dead',
  'shot dead', 'shot and killed', 'shot to death', 'stabbed to death', 'beaten to death', 'gunned down',
  'fatally shot', 'fatally stabbed', 'fatally wounded', 'fatally injured', 'fatally struck', 'succumbed',
  'found shot to death', 'found shot dead', 'found fatally shot', 'did not survive', "didn't survive", 'lost his life', 'lost her life', 'lost their lives',
];
export const INJURED_WORDS = [
  'wounded', 'injured', 'hurt', 'grazed', 'hospitalized', 'hospitalised', 'shot', 'shot and wounded', 'shot and injured',
  'in critical condition', 'in serious condition', 'in stable condition', 'in grave condition', 'in fair condition',
  'in good condition', 'treated and released', 'pistol whipped', 'recovering', 'expected to recover', 'expected to survive', 'treated for injuries', 'treated for minor injuries', 'treated for gunshot wounds', 'struck by gunfire', 'struck by a bullet', 'hit by gunfire', 'hit by a bullet',
];
const ACTIVE_WORDS = [
  'killed', 'killing', 'kills', 'murders', 'shoots', 'wounds', 'murdered', 'murdering', 'fatally shot', 'fatally shooting', 'shot and killed',
  'shooting and killing', 'wounded', 'wounding', 'injured', 'injuring', 'shot', 'shooting', 'pistol whipped',
  'hospitalized', 'hospitalizing', 'hospitalised', 'hospitalising',
];

const or = (words: string[]) => `(${words.join('|')})`;

// The steps below match words by their form alone, never by compromise's tags (#Adverb): the clause
// rules then read a parse that was never tagged, and tagging is most of a parse's cost
// (clause-parse.ts; test/extract/clause-parse.test.ts fails if a rule reads tags). A `/…/` step is
// tested against a word's normal form (lower case, no punctuation), which an untagged parse has.

// An adverb between the auxiliary and the verb ("was fatally shot", "were later taken"): a word in
// -ly, or one of the others a report puts there ("was also wounded", "is still listed"). Not a noun
// or a name in -ly: "their family died", "Officer Kelly killed" have their subject there.
const ADVERBS = ['later', 'also', 'then', 'both', 'all', 'each', 'listed', 'just', 'still', 'already', 'soon', 'once', 'twice', 'again', 'ever', 'never', 'not', 'even', 'only', 'more', 'very', 'so', 'too', 'almost', 'perhaps', 'maybe', 'somehow', 'instead', 'indeed', 'meanwhile', 'always', 'often', 'further', 'thus', 'rather', 'quite', 'outright', 'altogether'];
const NOT_ADVERBS = ['family', 'ally', 'rally', 'assembly', 'supply', 'reply', 'belly', 'bully', 'fly', 'july', 'italy', 'elderly', 'friendly', 'lonely', 'deadly', 'holy', 'ugly', 'silly', 'kelly', 'emily', 'lily', 'molly', 'holly', 'sally', 'billy', 'shelly', 'beverly', 'kimberly', 'reilly', 'dolly', 'nelly', 'polly'];
const ADVERB = `/^(?!(?:${NOT_ADVERBS.join('|')})$)(?:[a-z]+ly|${ADVERBS.join('|')})$/`;
const AUX = `(was|is|were|are|has|have|had|got|gets|get|remains|remain|remained)? (been|being)? ${ADVERB}?`;
// Words no hospital's name holds: they end the name's words before "hospital" or "center"
// ("taken to the scene and then to a hospital" is no trip to a hospital by that name).
const NOT_IN_A_NAME = ['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'who', 'which', 'and', 'or', 'but', 'then', 'where', 'when', 'while', 'after', 'before', 'to', 'from', 'at', 'in', 'on', 'by', 'for', 'with', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'later', 'also', 'not'];
// compromise's negative step (`!(a|an){0,4}`) would end the verb group before it: a regex it is.
const NAME_WORD = `/^(?!(?:${NOT_IN_A_NAME.join('|')})$)/`;
// A word describing a wound: in -al, -ous, -ive, -ble, -ic, -ing, -ed, -ent or -ant ("an accidental
// gunshot wound", "a superficial stab wound"), or one of these ("a single gunshot wound"). One word,
// as compromise's #Adjective was: "self-inflicted" is two.
const WOUND_ADJECTIVE = '/^(?:[a-z]+(?:al|ous|ive|ble|ic|ing|ed|ent|ant)|single|minor|severe|serious|possible|deep|large|small|superficial)$/';

export const clauseRules: ClauseRule[] = [
  {
    id: 'casualty/clause-subject-killed',
    needs: /kill|slain|murder|died|dies|dead|death|shot|stabbed|beaten|gunned|fatal|succumb|surviv|lost/i,
    reason: 'a person or count followed by what killed them: "a 17-year-old boy died", "Braison was pronounced dead"',
    example: 'A 17-year-old boy died after an officer-involved shooting Friday night, police said.',
    match: `${AUX} [<verb>${or(KILLED_WORDS)}]`,
    who: 'subject',
    type: 'killed',
  },
  {
    id: 'casualty/clause-subject-injured',
    needs: /wound|injur|hurt|graz|hospitali|shot|condition|treated|pistol|recover|surviv|struck|hit/i,
    reason: 'a person or count followed by their wound: "two others were grazed", "both in critical condition"',
    example: 'Two other men were grazed by bullets and treated at the scene.',
    match: `${AUX} [<verb>${or(INJURED_WORDS)}]`,
    who: 'subject',
    type: 'injured',
  },
  {
    id: 'casualty/clause-to-hospital',
    needs: /hospital|cent(?:er|re)/i,
    reason: 'someone taken to a hospital or medical center after the act is counted among the injured',
    example: 'A 34-year-old woman was rushed to Mercy Hospital with a gunshot wound to the leg.',
    match: `${AUX} [<verb>(taken|transported|rushed|airlifted|flown|driven|went|drove|walked|brought) to (a|an|the)? ${NAME_WORD}{0,4} (hospital|hospitals|center|centre)]`,
    unless: /\b(?:detention|juvenile|justice|correction(?:al|s)?|police|jail|community|shopping|convention|youth|senior|command|operations|processing|intake|call|control|rehabilitation)\b|^(?:(?!medical|trauma|health|burn|children).)*\bcent(?:er|re)$/i,
    who: 'subject',
    type: 'injured',
  },
  {
    id: 'casualty/clause-suffered',
    needs: /suffer|sustain/i,
    reason: 'a person or count who suffered wounds or injuries: injured, or killed when they were fatal',
    example: 'A 30-year-old woman suffered a gunshot wound to the arm and was listed in stable condition.',
    match: `[<verb>(suffered|suffering|sustained|sustaining) from? (a|an|multiple|several|two|three|apparent)? .{0,3}? (wound|wounds|injuries|injury)]`,
    who: 'subject',
  },
  {
    id: 'casualty/clause-with-wounds',
    needs: /\bwith\b[\s\S]*wound/i,
    reason: 'people found or taken in "with gunshot wounds" were shot',
    example: 'Officers arrived to find two men with gunshot wounds outside the store.',
    // "Two men were found with gunshot wounds": the finding stands between the people and their wounds.
    match: `(was|were|is|are|been)? (found|discovered|located|lying|left)? [<verb>with (a|an|multiple|several|two|three|apparent)? ${WOUND_ADJECTIVE}? (gunshot|bullet|stab) (wound|wounds)]`,
    who: 'subject',
  },
  {
    id: 'casualty/clause-hit-in-body',
    needs: /\b(?:hit|struck)\b/i,
    reason: 'a person hit or struck in a part of the body was wounded: "a woman was hit in the arm by a stray bullet"',
    example: 'A 41-year-old woman was hit in the arm by a stray bullet while sitting on her porch.',
    match: `${AUX} [<verb>(hit|struck)] (in|on) (the|his|her|their) (upper|lower|left|right)? (head|neck|chest|back|arm|arms|leg|legs|foot|feet|hand|hands|shoulder|stomach|abdomen|torso|hip|thigh|buttocks|face|side|knee|ankle|wrist|elbow|groin|jaw|eye|cheek)`,
    who: 'subject',
    type: 'injured',
  },
  {
    id: 'casualty/clause-bullet',
    needs: /bullet|gunfire|round|pellet|shots/i,
    reason: 'gunfire that struck someone wounded them: "a stray bullet hit a 10-year-old boy"',
    example: 'A stray bullet struck a 7-year-old girl in the shoulder as she slept, police said.',
    match: `(bullet|bullets|gunfire|round|rounds|pellets|shots) [<verb>(struck|hit|grazed|striking|hitting|grazing)]`,
    who: 'object',
    type: 'injured',
  },
  {
    id: 'casualty/clause-subject-other',
    needs: /arrest|detain|custody|apprehend|booked|captur|abduct|kidnap|hostage|missing|unaccounted/i,
    reason: 'a person or count arrested, captured or missing: "the driver was taken into custody"',
    example: 'The driver was taken into custody at the scene, police said.',
    match: `${AUX} [<verb>(arrested|detained|taken into custody|apprehended|booked into jail|captured|abducted|kidnapped|taken hostage|missing|unaccounted for)]`,
    who: 'subject',
  },
  {
    id: 'casualty/clause-object',
    needs: /kill|murder|shoot|shot|wound|injur|pistol|hospitali/i,
    reason: 'an act of killing or wounding with the people it befell as object: "fatally shooting four people", "pleads guilty to killing 4"',
    example: 'A Dayton man pleaded guilty Monday to fatally shooting four people and wounding a fifth.',
    match: `[<verb>${or(ACTIVE_WORDS)}]`,
    who: 'object',
  },
  {
    id: 'casualty/clause-life-of',
    needs: /li(?:fe|ves)\b/i,
    reason: 'a shooting that "claimed the life of" someone killed them',
    example: 'The crash on Route 9 claimed the life of a 52-year-old motorcyclist from Salem.',
    match: '(claimed|took|claiming|taking) the [<verb>(life|lives)] of',
    who: 'of',
    type: 'killed',
  },
  {
    id: 'casualty/clause-death-of',
    needs: /death|killing|slaying|murder|bod(?:y|ies)/i,
    reason: 'the death or killing of someone counts them among the dead',
    example: 'The sheriff is investigating the shooting death of a 3-year-old boy in Navarro County.',
    match: '[<verb>(death|deaths|killing|killings|slaying|slayings|murder|murders|body|bodies)] of',
    who: 'of',
    type: 'killed',
  },
];
