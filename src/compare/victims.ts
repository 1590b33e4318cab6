import type { CasualtyValue, FindingValue, NormalizedClaim, NormalizedDocument } from '../types.js';
import { nameWords } from '../normalize/people.js';
import { victimClaims } from '../group/main-facts.js';

// Who a document names as killed or hurt, for the event's `person.victims` slot. Wider than
// grouping's victim test (group/main-facts.ts): names identified as the dead, listed after "the
// victims were identified as", or said to be in critical condition count too.

/** Up to four words between the act and the name ("his wife,", "9-year-old", "club owner"), none a preposition of agency. */
const MODIFIERS = String.raw`(?:(?!(?:by|at|with|from|for|to|and|or|as|said|says|suspect|gunman|shooter|officer|deputy|trooper|attorney|prosecutor|judge)\b)(?:\d+-year-old|[a-z][\w'’-]*),?\s+){0,3}`;
const BEFORE = [
  new RegExp(String.raw`\b(?:kill(?:ed|ing)|slain|shot|shooting|executing|stabbed|murdered|(?:death|killing|slaying|murder|shooting|execution) of)\s+${MODIFIERS}$`, 'i'),
  // "One victim, 27-year-old …", "the victim, …"
  new RegExp(String.raw`\bvictims?,?\s+(?:(?:was|is|were)\s+)?${MODIFIERS}$`, 'i'),
];
/** "… identified the dead as A, 6; B, 7; …": the list after a victim identified as. */
const IDENTIFIED = /(?:\b(?:victims?|dead|deceased|died|killed|slain|body|bodies|boy|girl|child|teen(?:ager)?|woman|man)\b[^.;:]{0,60}\bidentified\b[^.]{0,40}|\bidentified (?:the )?(?:dead|deceased|victims?|slain|dead (?:man|woman|boy|girl))\s)\bas\b([^.]*)$/i;
const AFTER = /^(?:['’]s (?:death|killing|murder|body)|,?(?: \d{1,3},)? (?:was|is|were|had been|has been) (?:(?:fatally|also|critically|seriously|reportedly|later) )?(?:killed|shot|slain|stabbed|murdered|found dead|pronounced dead|wounded|injured|in (?:critical|serious|grave|stable|fair) condition)|,?(?: \d{1,3},)? died\b)/i;
const SUSPECT = /\b(?:suspects?|gunm[ae]n|shooters?|accused|charged|arrested|custody|attackers?)\b/i;

/** The person claims a document names as killed or hurt in its event. */
export function namedVictims(doc: NormalizedDocument): NormalizedClaim[] {
  const grouping = new Set(victimClaims(doc));
  return doc.claims.filter((c) => {
    if (c.kind !== 'person') return false;
    if (grouping.has(c)) return true;
    const sentence = doc.sentences[c.sentenceIndex];
    if (!sentence) return false;
    const before = sentence.text.slice(Math.max(0, c.span.start - sentence.start - 120), c.span.start - sentence.start);
    const after = sentence.text.slice(c.span.end - sentence.start, c.span.end - sentence.start + 80);
    // "suspect John Doe", "the gunman, John Doe": the words right before the name
    if (SUSPECT.test((before.match(/[\w'’-]+/g) ?? []).slice(-2).join(' '))) return false;
    if (AFTER.test(after) || BEFORE.some((re) => re.test(before))) return true;
    const listed = IDENTIFIED.exec(before);
    // only names, ages and separators between "as" and this name: the list goes on
    return !!listed && !SUSPECT.test(before) && (listed[1]!.match(/\b[a-z][a-z]+\b/g) ?? []).filter((w) => w !== 'and').length <= 2;
  });
}

/** How many people the event's tolls say were killed or hurt (the most-supported figures), or null when unbounded or unknown. */
export function peopleCounted(tolls: Map<string, FindingValue[]>): number | null {
  const killed = tolls.get('casualty.killed')?.[0]?.value as CasualtyValue | undefined;
  const injured = tolls.get('casualty.injured')?.[0]?.value as CasualtyValue | undefined;
  if (!killed && !injured) return null;
  if ((killed && killed.max === null) || (injured && injured.max === null)) return null;
  return (killed?.max ?? 0) + (injured?.max ?? 0);
}

/** The distinct people among named victims: full names only (a first name alone may be anyone's). */
export function distinctVictims(values: FindingValue[]): FindingValue[] {
  return values.filter((v) => nameWords((v.value as { name: string }).name).length >= 2);
}
