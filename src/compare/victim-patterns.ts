// The wording that names someone as killed or hurt: what comes before and after a name in its
// sentence. Read by victims.ts; each pattern with the kind of sentence it is for.

/** Up to four words between the act and the name ("his wife,", "9-year-old", "club owner"), none a preposition of agency or place ("killed in Steele Creek") nor a verb ("the shooting was an accident, A said"). */
const MODIFIERS = String.raw`(?:(?!(?:by|at|in|on|near|outside|inside|with|from|for|to|and|or|as|was|were|is|are|said|says|suspect|gunman|shooter|officer|deputy|trooper|attorney|prosecutor|judge)\b)(?:\d+-year-old|[a-z][\w'’-]*),?\s+){0,4}`;

/**
 * Before the name: "killed 9-year-old …", "shot to death …", "the deaths of …", "claimed the life of …",
 * "One victim, 27-year-old …", "Killed were 25-year-old …".
 */
export const BEFORE = [
  new RegExp(String.raw`\b(?:kill(?:ed|ing)|slain|shot|shooting|executing|stabbed|murdered|(?:shot|stabbed|beaten) to death|(?:deaths?|killings?|slayings?|murders?|shootings?|execution) of|claimed the (?:life|lives) of)\s+${MODIFIERS}$`, 'i'),
  new RegExp(String.raw`\bvictims?,?\s+(?:(?:was|is|were|are)\s+)?${MODIFIERS}$`, 'i'),
  new RegExp(String.raw`(?:^|[.;:]\s*)(?:also\s+)?(?:killed|wounded|injured|hurt)\s+(?:were|was)\s+${MODIFIERS}$`, 'i'),
];

/** Victim words a sentence identifies someone as: "the boy was identified as", "identified the 25-year-old as". */
const IDENTIFIED_WHO = String.raw`(?:dead|deceased|victims?|slain|boys?|girls?|teen(?:ager)?s?|toddler|child|infant|baby|m[ae]n|wom[ae]n|person|people|\d{1,3}-year-old)`;
const LIST = String.raw`((?:[^.]|\b(?:Jr|Sr)\.)*)$`;

/**
 * The list after a victim identified as (abbreviations such as "Jr." do not end it):
 * "… identified the dead as A, 6; B, 7; …", "identified the second deceased victim in the shooting as A",
 * "Family members identified the girl to reporters as A", "They found a female, later identified as A, …", "the medical examiner identified him as A",
 * "Police identified five of the victims: A, B …".
 */
export const IDENTIFIED = [
  new RegExp(String.raw`(?:\b(?:victims?|dead|deceased|died|killed|slain|body|bodies|boy|girl|child|teen(?:ager)?|woman|man|female|male|toddler|infant|baby|(?:\w+-)?grader|student)\b[^.;:]{0,60}\bidentified\b[^.]{0,40}|\bidentified (?:the |a |that |this )?(?:[a-z]+ ){0,2}${IDENTIFIED_WHO}\b(?!['’])[^.;:]{0,40}?\s|\b(?:medical examiner|coroner)(?:['’]s office)?\b[^.;]{0,40}\bidentified (?:him|her|them)\s)\bas\b${LIST}`, 'i'),
  new RegExp(String.raw`\b(?:identified|named) (?:(?:all |both |\w+ )?of )?the (?:victims|dead)\s*:${LIST}`, 'i'),
];

/** Words a list of the dead may hold besides names and ages: "as her husband A, 50; and their children B, 10; …". */
export const LIST_WORDS = /^(?:and|her|his|their|year|old|months?|husband|wife|son|sons|daughters?|children|child|brothers?|sisters?|mother|father|step(?:son|daughter)|grand(?:son|daughter)s?|nephew|niece|cousin|siblings)$/;

/** After the name, before the verb: an age ("24", "age 7", "17 months"), where the person lived ("A, 24, of the 700 block of Elm Street, was shot"). */
const APPOSITION = String.raw`,?(?: ?(?:age[sd]? )?\d{1,3}(?: months?)?,)?(?: (?:of|from) (?:the )?[^,;.]{2,60}?,?)?`;

/** After the name: "… was shot", "… was pronounced deceased", "… was not the intended target", "… was standing outside when two men walked up and opened fire", "… died", "… was struck by a bullet", "… is the city's 48th homicide victim", "… was taken to a hospital, where he died" (or "after suffering … a gunshot wound"), "… suffered a gunshot wound". */
export const AFTER = new RegExp(
  String.raw`^(?:['’]s (?:death|killing|murder|body)` +
    String.raw`|${APPOSITION} (?:was|is|were|had been|has been) (?:(?:fatally|also|critically|seriously|reportedly|later) )?(?:killed|shot|slain|stabbed|murdered|found dead|pronounced (?:dead|deceased)|wounded|injured|in (?:critical|serious|grave|stable|fair) condition)` +
    String.raw`|${APPOSITION} (?:was|were) (?:sitting|standing|walking|driving|riding|sleeping|playing|talking|waiting|leaving|arriving) (?:[^.;]|\b[ap]\.m\.){0,160}? when (?!(?:he|she|they)\b)(?:[^.;]|\b[ap]\.m\.){0,80}?\b(?:opened fire|started shooting|began shooting|started firing|began firing|fired (?:shots|several shots|multiple shots|into|at))\b` +
    String.raw`|${APPOSITION} died\b` +
    String.raw`|${APPOSITION} (?:(?:likely|probably|apparently) )?(?:was|is|were) (?:(?:likely|probably|apparently) )?not the (?:intended )?target\b` +
    String.raw`|${APPOSITION} (?:was|were|had been) (?:also )?(?:struck|hit) (?:in|by)\b` +
    String.raw`|${APPOSITION} (?:is|was|became) (?:the|a) (?:[\w'’-]+ ){0,3}victim\b(?!['’])(?! of (?:a |an )?(?:robbery|assault|burglary|theft|fraud|crime))` +
    String.raw`|${APPOSITION} (?:was|were|has been|had been) treated (?:and released|for (?:(?:a|an|his|her|their|minor|serious|non-life-threatening) )*(?:gunshot|bullet|wounds?|injur))` +
    String.raw`|${APPOSITION} (?:remains?|remained|was|is|were) (?:still )?on life support\b` +
    String.raw`|${APPOSITION} (?:was|were|has been|had been) identified\b[^.;]{0,40}? as (?:one of )?the (?:victims?|dead|deceased|(?:man|woman|boy|girl|teen|person) (?:who (?:was )?(?:died|killed|shot|slain)|killed|slain))\b` +
    String.raw`|${APPOSITION} (?:was|were) (?:rushed|taken|transported|flown) to\b[^.;]{0,100}?\b(?:died|pronounced dead|condition|surgery|treatment|(?:gunshot|bullet) wounds?|after being (?:shot|wounded|injured))\b` +
    String.raw`|${APPOSITION} (?:(?:had|has) )?(?:suffered|sustained|was suffering from) (?:a |an |multiple |several |two |three )?(?:(?!no\b|not\b)[\w-]+ ){0,3}?(?:gunshot|bullet|stab|graze) wounds?)`,
  'i',
);

/** "officers found 17-year-old A suffering from a gunshot wound", "deputies found A dead". */
export const FOUND = {
  before: /\b(?:found|discovered|located)\s+(?:\d{1,3}-year-old\s+)?$/i,
  after: /^,?\s+(?:dead|injured|wounded|shot|unresponsive|suffering|with (?:a |multiple |several )?(?:gunshot|stab) wounds?)\b/i,
};

/** "He was identified as A, of the 800 block of Elm Street, by the county medical examiner's office." */
export const IDENTIFIED_BY_EXAMINER = {
  before: /\bidentified as\s+$/i,
  after: /^[^.]{0,80}\bby the [^.]{0,40}(?:medical examiner|coroner)/i,
};

/** "in retaliation for the killing of", "revenge for the death of": a death before this event. */
export const EARLIER = /\b(?:retaliation|revenge|retribution)\s+for\b[^.;]{0,50}$/i;

/** "…, when the shooting happened, Harold Penn said": a name set off after a comma, before a verb of saying, is who says it. */
export const SPEAKER = {
  before: /,\s*$/,
  after: /^\s+(?:said|says|told|added|explained|recalled|noted|wrote)\b/i,
};

/** A suspect word right before the name, or anywhere before a list of the identified. */
export const SUSPECT = /\b(?:suspects?|gunm[ae]n|shooters?|killers?|accused|charged|arrested|custody|attackers?)\b/i;

/**
 * What may stand between two names of one list of victims: an age, where they lived ("both of the
 * 3900 block of Elm Avenue", "of Dayton"), "and", a kin word, the next one's age.
 */
export const LIST_JOIN = /^(?:,\s*\d{1,3})?(?:,?\s*(?:both |all )?(?:of|from) [^,;]{2,60})?,?\s+and\s+(?:(?:his|her|their) [a-z]+,?\s+)?(?:\d{1,3}-year-old\s+)?$/;

/** Kin a story names in a sentence of their own: "the wife is A", "The girlfriend was identified as A". */
const KIN = String.raw`(?:wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|mother|father|son|daughter|stepson|stepdaughter)`;
export const KIN_NAMED = new RegExp(String.raw`\bthe\s+(${KIN})\s+(?:is|was|(?:has been|had been|was) (?:identified|named) as)\s+$`, 'i');

/** Whether a document says someone shot or killed a kin of theirs: "shot his wife", "Husband kills wife". */
export function kinHit(text: string, kin: string): boolean {
  return kinHitPattern(kin).test(text);
}

// One pattern a kin word, made on first use: kinHit is asked of every sentence of a document.
const kinHitPatterns = new Map<string, RegExp>();
function kinHitPattern(kin: string): RegExp {
  let pattern = kinHitPatterns.get(kin);
  if (!pattern) {
    pattern = new RegExp(String.raw`\b(?:shot|shoots|shooting|killed|kills|killing|murdered|murders|stabbed|slain)\s+(?:and\s+killed\s+)?(?:(?:his|her|their)\s+)?(?:estranged\s+|common-law\s+|\d{1,3}-year-old\s+)?${kin}\b`, 'i');
    kinHitPatterns.set(kin, pattern);
  }
  return pattern;
}

