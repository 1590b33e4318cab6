import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { allMatches } from '../util/matches.js';

/**
 * An HTML article read for claims. The document's text stays the decoded file, so every offset,
 * line and column points into it; `clean` has the same length, with everything but the article's
 * own text blanked: tags, scripts, styles, navigation, comments. Block elements end sentences
 * (a newline at their tag), line breaks inside a paragraph do not, and an entity is replaced by
 * what it stands for, padded with spaces to keep the length.
 */
export interface HtmlArticle {
  clean: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** Publication date from the page's metadata (article:published_time, <time datetime>), as written. */
  published: string | null;
}

// Elements whose content is never article text, wherever they are.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'aside', 'footer', 'form', 'button', 'iframe', 'select', 'textarea', 'figcaption', 'object', 'canvas']);
// Elements that start and end a block of text.
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure', 'title']);
// Where the article's main text is, when the page marks it.
// Bounded repeats: a page of unclosed tags must not make the search quadratic.
const MAIN = /<(article|main)\b|<[a-z]{1,20}\b[^>]{0,500}?\brole[ \t]{0,5}=[ \t]{0,5}["']?main\b/i;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi;

export function readHtml(text: string): HtmlArticle {
  const out = new Array<string>(text.length).fill(' ');
  const meta: Record<string, string> = {};
  let title: string | null = null;
  let time: string | null = null;
  const hasMain = MAIN.test(text);
  let dropped = 0;
  let inMain = 0;
  let inTitle = false;
  const stack: { name: string; dropped: boolean; main: boolean }[] = [];
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      const isDropped = DROPPED.has(name);
      const isMain = name === 'article' || name === 'main' || attributes.role === 'main';
      stack.push({ name, dropped: isDropped, main: isMain });
      if (isDropped) dropped++;
      if (isMain) inMain++;
      if (name === 'title') inTitle = true;
      if (BLOCKS.has(name)) out[parser.startIndex] = '\n';
      if (name === 'meta') {
        const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
        if (key && attributes.content && !(key in meta)) meta[key] = attributes.content;
      }
      if (name === 'link' && attributes.rel === 'canonical' && attributes.href && !('canonical' in meta)) meta.canonical = attributes.href;
      if (name === 'time' && attributes.datetime && !time) time = attributes.datetime;
    },
    onclosetag(name) {
      if (BLOCKS.has(name)) out[parser.startIndex] = '\n';
      // Pop to the matching element: stray closing tags are common in scraped pages.
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at < 0) return;
      for (const element of stack.splice(at)) {
        if (element.dropped) dropped--;
        if (element.main) inMain--;
        if (element.name === 'title') inTitle = false;
      }
    },
    ontext(data) {
      const start = parser.startIndex;
      if (inTitle && title === null) title = decodeHTML(data).replace(/\s+/g, ' ').trim() || null;
      if (dropped > 0 || (hasMain && inMain === 0)) return;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        out[start + i] = c === '\n' || c === '\r' || c === '\t' ? ' ' : c;
      }
      for (const m of allMatches(ENTITY, data)) {
        const decoded = decodeHTML(m[0]).replace(/\u00a0/g, ' ');
        if (decoded === m[0] || decoded.length > m[0].length) continue;
        for (let i = 0; i < m[0].length; i++) out[start + m.index + i] = i < decoded.length ? decoded[i]! : ' ';
      }
    },
  }, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(text);
  parser.end();
  const field = (...keys: string[]) => {
    for (const key of keys) if (meta[key]?.trim()) return decodeHTML(meta[key]!).trim();
    return null;
  };
  return {
    clean: out.join(''),
    title: field('og:title', 'twitter:title') ?? title,
    source: field('og:site_name', 'application-name', 'publisher'),
    url: field('og:url', 'canonical'),
    published: field('article:published_time', 'datepublished', 'pubdate', 'date', 'dc.date') ?? time,
  };
}
