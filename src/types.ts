// Plain, serialisable data passed between the pipeline stages.
// Nothing here holds functions, class instances or Maps, so every stage's output can be
// cached by content hash, sent to a worker thread or written to disk as JSON.

export type ClaimKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'date'
  | 'casualty'
  | 'quantity'
  | 'role'
  | 'alias'
  | 'quote'
  | 'agent';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'unknown';

/** An interval of days; see ../shared/spec/json-report.md. */
export interface DateValue {
  start: string | null;
  end: string | null;
  granularity: Granularity;
  relative: string | null;
}

/**
 * What the date extractor saw, before it is resolved against a publication date.
 * Absolute parts are filled where the text gives them; `relative` is a normalized
 * description of a relative expression ("friday", "last week", "yesterday").
 */
export interface DateExpression {
  year?: number;
  month?: number; // 1-12
  day?: number;
  quarter?: number; // 1-4
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
  decade?: number; // 1990 for "the 1990s"
  weekday?: number; // 0 = Sunday
  /** Relative expressions: unit and offset from the reference ("last year" = year, -1). */
  unit?: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'season';
  offset?: number;
  /** Which way an unanchored weekday or month points: past-tense news points back. */
  direction?: 'past' | 'future' | 'nearest';
  /**
   * For expressions relative to another time of the text ("a year earlier", "the quarter"):
   * the expression they lean on, resolved first; granularity comes from it.
   */
  anchor?: DateExpression;
  granularity: Granularity;
  relative: string | null;
}

export type CasualtyType = 'killed' | 'injured' | 'missing' | 'arrested' | 'captured';

export interface PersonValue { name: string }
export interface OrganizationValue { name: string }
export interface PlaceValue { name: string; country: string | null }
export interface CasualtyValue { type: CasualtyType; min: number; max: number | null; who: string | null }
export interface QuantityValue { min: number; max: number | null; unit: string | null }
export interface RoleValue { person: string; role: string }
export interface AliasValue { name: string; alias: string }
export interface QuoteValue { speaker: string | null; quote: string }
export interface AgentValue { name: string; action: string | null }

export type ClaimValue =
  | PersonValue
  | OrganizationValue
  | PlaceValue
  | DateValue
  | CasualtyValue
  | QuantityValue
  | RoleValue
  | AliasValue
  | QuoteValue
  | AgentValue;

export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** One sentence of a document, offsets into the whole decoded file. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------- ingest

/** A decoded article, as ingest hands it to extraction. */
export interface IngestedDocument {
  id: string;
  /** The whole decoded file (front matter included); every offset points into it. */
  text: string;
  /**
   * Same length as `text`, with front matter and web boilerplate blanked out by spaces
   * (newlines kept), so extractors never claim from them and offsets still line up.
   */
  clean: string;
  /** Where the article body starts (after the front matter). */
  bodyStart: number;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  warnings: string[];
  /** sha256 of the decoded text: the cache key of the extraction of this document. */
  hash: string;
  /** Kinds of claims the article asks not to be compared (`<!-- claimcheck-disable casualty -->`). */
  suppress?: ClaimKind[];
  /** 'html' for a web page: `clean` holds its article text, and quoted sentences come from it. */
  markup?: 'html';
}

// --------------------------------------------------------------- extract

/** A claim as one extractor sees it in one document: names are still as written. */
export interface RawClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  /** For dates, a DateExpression; for every other kind its final Value shape, names as written. */
  value: ClaimValue | DateExpression;
  qualifiers: string[];
  attribution: string | null;
  rule: string;
}

export interface ExtractedClaim extends RawClaim {
  text: string;
  span: Span;
  sentence: string;
  /** Index of the sentence in the document, used by grouping (lead vs background). */
  sentenceIndex: number;
}

/** What every stage after ingest knows of a document besides its claims. */
export interface DocumentMeta {
  id: string;
  hash: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  chars: number;
  warnings: string[];
  sentences: Sentence[];
  /** Claims left out of comparison by the article's own disable comment: kind → how many. */
  suppressed?: Partial<Record<ClaimKind, number>>;
}

export interface ExtractedDocument extends DocumentMeta {
  claims: ExtractedClaim[];
}

// ------------------------------------------------------------- normalize

export interface Claim {
  id: string;
  document: string;
  event: string | null;
  kind: ClaimKind;
  text: string;
  span: Span;
  value: ClaimValue;
  qualifiers: string[];
  attribution: string | null;
  sentence: string;
  rule: string;
}

/** A claim after normalization, with what grouping needs that the report does not show. */
export interface NormalizedClaim extends Claim {
  sentenceIndex: number;
}

export interface NormalizedDocument extends DocumentMeta {
  claims: NormalizedClaim[];
}

// ----------------------------------------------------------------- group

export interface EventGroup {
  id: string;
  label: string;
  documents: string[];
  date: DateValue | null;
  place: string | null;
}

export interface Grouping {
  events: EventGroup[];
  /** document id → event id (null: the document reports no event of its own). */
  documentEvent: Record<string, string | null>;
  /** claim id → event id (null: background, about some other occurrence). */
  claimEvent: Record<string, string | null>;
}

// --------------------------------------------------------------- compare

export type FindingStatus = 'agree' | 'compatible' | 'contradict' | 'single' | 'update';

export interface FindingValue {
  value: ClaimValue;
  display: string;
  claims: string[];
  documents: string[];
  /** Named sources the claims attribute this value to ("police", "the hospital"). */
  attributions: string[];
  /** Hedges carried by every claim behind this value ("reportedly"). */
  hedged: boolean;
  /** Independent sources behind the documents (wire copies count once). */
  sources: number;
}

/** A finding as a code plus structured values; formatters turn it into words. */
export interface Finding {
  id: string;
  event: string;
  kind: ClaimKind;
  slot: string;
  status: FindingStatus;
  values: FindingValue[];
  /** For updates: the value (index into `values`) the latest-published document gives. */
  latest: number | null;
  /** Why two of the values cannot both hold (or why they could not be checked); null when nothing to say. */
  reason: FindingReason | null;
}

/**
 * Why a finding's values conflict, as a code and the facts behind it; report/messages.ts words it.
 * - different-days: two dates (resolved against their documents' publication dates) days apart
 * - different-weekdays: weekdays that cannot be the same day (at least one left unresolved)
 * - weekday-unresolved: a weekday with no publication date to resolve it: it could not be checked
 * - different-places: places that exclude each other (`level`: the level both stand at, or where one is not within the other)
 * - different-counts: counts that cannot both hold, not ordered as a later revision
 * - different-names: two names for the victim of one age (`age`) or one relation (`relation`), one of them from a single source,
 *   or two names at one place of a sentence both sources give (`copied`)
 * - too-many-dead: more people named as dead than the killed toll counts (`people`)
 * - too-many-names: more people named as victims than the tolls count (`people`)
 * - different-wording: one quotation worded differently
 * - different-values: any other pair of exclusive values
 */
export type ReasonCode =
  | 'different-days'
  | 'different-weekdays'
  | 'weekday-unresolved'
  | 'different-places'
  | 'different-counts'
  | 'different-names'
  | 'too-many-dead'
  | 'too-many-names'
  | 'different-wording'
  | 'different-values';

/** A relation only one person holds to another: a spouse or partner, a mother, a father (not a son: there may be several). */
export type VictimRelation = 'spouse' | 'mother' | 'father';

export interface FindingReason {
  code: ReasonCode;
  /** The two values (indexes into the finding's `values`) the reason is about. */
  values: [number, number];
  /** Relative dates behind those values: what the text said, resolved against which publication date (null: none). */
  resolved?: { value: number; text: string; document: string; published: string | null }[];
  /** Places: 'country' | 'region' | 'city' when both stand at that level; 'not-within' otherwise; 'police' when one is the city of a police force a source quotes. */
  level?: string;
  /** Names: how many people the event's tolls count (killed, or killed and hurt). */
  people?: number;
  /** Names: the age both sources give the victim. */
  age?: number;
  /** Names: the relation both sources give the victim (a spouse or partner, a mother, a father). */
  relation?: VictimRelation;
  /** Names: both sources give the one sentence, each with its name where the other has another. */
  copied?: boolean;
  /** Counts: the publication day both documents share, or null when one has none. */
  published?: string | null;
}

// ---------------------------------------------------------------- report

export interface Summary {
  documents: number;
  events: number;
  claims: number;
  agree: number;
  compatible: number;
  contradict: number;
  single: number;
  update: number;
}

export interface AnalysisResult {
  documents: NormalizedDocument[];
  grouping: Grouping;
  claims: Claim[];
  findings: Finding[];
  /** Independent sources per event (wire copies collapsed). */
  eventSources: Record<string, number>;
}
