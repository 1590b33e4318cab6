import type { ClaimKind, IngestedDocument, RawClaim, Sentence } from '../types.js';
import type { WorkMeter } from './work-budget.js';

/**
 * A named extraction rule, as data: its id lands in every claim it produces (`rule`),
 * `reason` says why it exists and `example` is a real sentence it is for. The rule test
 * runs every example through the extractor and expects a claim carrying the rule id.
 */
export interface RuleInfo {
  id: string;
  reason: string;
  example: string;
}

/** What an extractor is given: one document, its sentences, and a per-document memo. */
export interface ExtractContext {
  doc: IngestedDocument;
  /** The cleaned text (boilerplate blanked): what extractors read. */
  clean: string;
  sentences: Sentence[];
  /** Computes a value once per document and shares it between extractors. */
  memo<T>(key: string, compute: () => T): T;
  /** Where the costly steps charge their work (the document's budget; see work-budget.ts). */
  work?: WorkMeter;
}

export interface Extractor {
  kind: ClaimKind;
  rules: RuleInfo[];
  extract(ctx: ExtractContext): RawClaim[];
}
