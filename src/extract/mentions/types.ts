export type MentionType = 'person' | 'organization' | 'place';

/** A name in the text and what it names; `rule` is the id of the rule that decided. */
export interface Mention {
  start: number;
  end: number;
  name: string;
  type: MentionType;
  rule: string;
  /** Decided by the name itself or its context (strong), or only by its shape (weak). */
  strong: boolean;
}
