/**
 * Web boilerplate that scraped articles carry and that no claim may come from.
 * Each rule is data: a line pattern, why it is boilerplate, and a line it is for.
 * Matching lines are blanked (replaced by spaces) so offsets into the file still hold.
 */
export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
  reason: string;
  example: string;
}

export const boilerplateRules: BoilerplateRule[] = [
  { id: 'boilerplate/advertisement', pattern: /^(advertisement|sponsored( content)?|ad)$/i, reason: 'ad slot labels', example: 'Advertisement' },
  { id: 'boilerplate/byline-timestamp', pattern: /^(posted|updated|published|last updated)[: ]+.{0,60}\d{1,2}:\d{2}\s*(am|pm)?.{0,20}$/i, reason: 'publication timestamps of the page, not of the event', example: 'Posted: Aug 10, 2015 4:36 PM CDT' },
  { id: 'boilerplate/comments', pattern: /^(leave a (reply|comment)|\d+ comments?|comments?|post a comment|add comment|view comments|show comments)$/i, reason: 'comment widgets', example: 'Leave a Reply' },
  { id: 'boilerplate/copyright', pattern: /^(copyright|©|\(c\))\b.{0,200}$|all rights reserved|may not be (re)?published, broadcast, rewritten,? or redistributed/i, reason: 'copyright notices', example: 'Copyright 2015 The Associated Press. All rights reserved.' },
  { id: 'boilerplate/email-notice', pattern: /^your email address will not be published/i, reason: 'comment form notice', example: 'Your email address will not be published. Required fields are marked *' },
  { id: 'boilerplate/exit-mobile', pattern: /^exit mobile version$/i, reason: 'mobile theme link', example: 'Exit mobile version' },
  { id: 'boilerplate/identifier', pattern: /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,4})$/i, reason: 'page ids and lone counters left by scraping', example: '1ff9e1d5-31b9-4526-a250-db0c3b886ee7' },
  { id: 'boilerplate/image-caption', pattern: /^(image|photo|picture|slide) \d+ (of|\/) \d+\b.{0,200}$|^\(?(photo|image|file photo)( credit)?:.{0,120}$/i, reason: 'gallery counters and photo credits', example: 'Image 1 of 40' },
  { id: 'boilerplate/navigation', pattern: /^(skip to (main )?content|menu|search|home|close|next|previous|back to top|toggle navigation)$/i, reason: 'site navigation', example: 'Skip to content' },
  { id: 'boilerplate/read-more', pattern: /^(read more|related( stories| articles| content| coverage)?|more on this( story)?|recommended|trending|you may also like|most popular|click here.{0,80}|see also.{0,80})[:.]?$/i, reason: 'related-story lists and links', example: 'Related Stories' },
  { id: 'boilerplate/share', pattern: /^((share|tweet|email|print|pin|facebook|twitter|linkedin|whatsapp|reddit|copy link)( this( article| story)?)?[:]?\s*)+$/i, reason: 'share buttons', example: 'Share this:' },
  { id: 'boilerplate/signup', pattern: /^(sign up|subscribe|get (our|the) (daily )?newsletter|follow us on).{0,160}$/i, reason: 'newsletter and follow prompts', example: 'Sign up for our daily newsletter' },
  { id: 'boilerplate/source-link', pattern: /^(source link|original source:?.{0,120}|source: ?https?:\/\/\S+|via:? \S+)$/i, reason: 'aggregator source links', example: 'Original Source: www.military.com' },
];

/**
 * Blanks front matter and boilerplate lines; returns the cleaned text (same length). The
 * headline in the front matter (`title:`) stays readable: it states the story's key facts.
 */
export function cleanBoilerplate(text: string, bodyStart: number, extra: readonly RegExp[] = []): string {
  const front = text.slice(0, bodyStart);
  const title = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$/m.exec(front);
  const titleStart = title ? title.index + title[0].indexOf(title[2]!, 6) : -1;
  const titleEnd = title ? titleStart + title[2]!.length : -1;
  const out = front.split('').map((c, i) => (c === '\n' || c === '\r' || (i >= titleStart && i < titleEnd) ? c : ' '));
  // Lines end at \n, \r\n or a lone \r; the split keeps the line ends at odd indexes.
  const parts = text.slice(bodyStart).split(/(\r\n|\r|\n)/);
  for (let i = 0; i < parts.length; i++) {
    const line = parts[i]!;
    const trimmed = i % 2 === 0 ? line.trim() : '';
    const isBoilerplate = trimmed !== '' && (boilerplateRules.some((rule) => rule.pattern.test(trimmed)) || extra.some((pattern) => pattern.test(trimmed)));
    out.push(isBoilerplate ? ' '.repeat(line.length) : line);
  }
  return out.join('');
}
