import type { DateExpression } from '../../types.js';
import type { RuleInfo } from '../rule.js';
import { COUNT_WORDS, MONTH_PATTERN, monthNumber, ORDINALS, SEASONS, WEEKDAY_PATTERN, WEEKDAYS, YEAR_PATTERN } from './vocabulary.js';

/** A date rule: a pattern over the cleaned text and what a match means. */
export interface DateRule extends RuleInfo {
  pattern: RegExp;
  /** Words every match holds (rule-matches.ts): sentences without them are not searched. */
  needs?: RegExp;
  /** Leading words the match needs but the span leaves out ("in March" → "March"). */
  lead?: RegExp;
  /** Relative to the latest specific time of the text rather than to the publication date. */
  anchored?: boolean;
  /** `clause` is the text around the match, for tense. Null: not a date after all. */
  read(m: RegExpExecArray, clause: string): Omit<DateExpression, 'relative'> & { relative?: string | null } | null;
}

const M = MONTH_PATTERN;
const Y = YEAR_PATTERN;
const W = WEEKDAY_PATTERN;
// Month patterns are case-sensitive ("may", "march"), the words before them are not.
const anyCase = (words: string) => words.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const count = (s: string) => (/^\d+$/.test(s) ? Number(s) : COUNT_WORDS[s.toLowerCase()] ?? 1);
const UNITS = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', quarter: 'quarter', quarters: 'quarter' } as const;
const unitOf = (s: string) => UNITS[s.toLowerCase() as keyof typeof UNITS];

// Prefilters shared by several rules (a sentence is tested once for each): most sentences name
// no month, season or quarter, and a literal scan is far cheaper than a pattern that opens on \b.
const MONTH_NEEDS = new RegExp(M);
const MONTH_ANY_CASE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const SEASON_NEEDS = /spring|summer|autumn|fall|winter/i;
const QUARTER_NEEDS = /quarter/i;
const YEAR_WORD = /year/i;

// Rules are tried in order; a later rule never claims text an earlier one took.
export const dateRules: DateRule[] = [
  {
    id: 'date/iso',
    reason: 'ISO dates in datelines and data-desk copy',
    example: 'The report was filed on 2025-03-14 by the ministry.',
    pattern: new RegExp(`\\b(${Y})-(\\d{2})-(\\d{2})\\b`, 'g'),
    read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]!, granularity: 'day' }),
  },
  {
    id: 'date/month-day-year',
    needs: MONTH_NEEDS,
    reason: 'a full date, US style',
    example: 'The raid took place on Oct. 22, 2024, officials said.',
    pattern: new RegExp(`\\b(${M}) (\\d{1,2})(?:st|nd|rd|th)?,? (${Y})\\b`, 'g'),
    read: (m) => ({ year: +m[3]!, month: monthNumber(m[1]!), day: +m[2]!, granularity: 'day' }),
  },
  {
    id: 'date/day-month-year',
    needs: MONTH_NEEDS,
    reason: 'a full date, British style',
    example: 'He was arrested on 14 March 2025 in Baghdad.',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${M}),? (${Y})\\b`, 'g'),
    read: (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), day: +m[1]!, granularity: 'day' }),
  },
  {
    id: 'date/weekday-month-day',
    needs: MONTH_NEEDS,
    reason: 'a weekday with its date: the date decides',
    example: 'The vote is set for Saturday, April 25, the commission said.',
    pattern: new RegExp(`\\b${W},? (${M}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? ${Y})`, 'g'),
    read: (m) => ({ month: monthNumber(m[1]!), day: +m[2]!, granularity: 'day' }),
  },
  {
    id: 'date/month-day',
    needs: MONTH_NEEDS,
    reason: 'a day without its year: the year comes from the publication date',
    example: 'The joint operation, conducted on October 22, targeted senior ISIS operatives.',
    pattern: new RegExp(`\\b(${M}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, 'g'),
    read: (m, clause) => {
      const day = +m[2]!;
      return day >= 1 && day <= 31 ? { month: monthNumber(m[1]!), day, granularity: 'day', direction: /^(next|coming)\b/.test(clause) ? 'future' : undefined } : null;
    },
  },
  {
    id: 'date/day-month',
    needs: MONTH_NEEDS,
    reason: 'a day without its year, British style',
    example: 'Voting is due to end on 22 October, the commission said.',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${M})\\b(?!,? ${Y})`, 'g'),
    read: (m) => ({ month: monthNumber(m[2]!), day: +m[1]!, granularity: 'day' }),
  },
  {
    id: 'date/month-year',
    needs: MONTH_ANY_CASE,
    reason: 'a month of a given year',
    example: 'The mission is to end by September 2025 under the agreement.',
    pattern: new RegExp(`\\b(?:(early|mid|late)[- ])?(${M}),? (?:of )?(${Y})\\b`, 'gi'),
    read: (m) => ({ year: +m[3]!, month: monthNumber(m[2]!), granularity: 'month' }),
  },
  {
    id: 'date/season-year',
    needs: SEASON_NEEDS,
    reason: 'a season of a given year',
    example: 'The plant closed in the summer of 2019 after the floods.',
    pattern: new RegExp(`\\b(spring|summer|autumn|fall|winter),? (?:of )?(${Y})\\b`, 'gi'),
    read: (m) => ({ year: +m[2]!, season: SEASONS[m[1]!.toLowerCase() as keyof typeof SEASONS], granularity: 'season' }),
  },
  {
    id: 'date/year-quarter',
    needs: QUARTER_NEEDS,
    reason: 'a quarter named with its year before it',
    example: 'Sales fell from the 1988 third quarter, the company said.',
    pattern: new RegExp(`\\b(?:the )?(${Y})(?:['’]s)? (first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter`, 'gi'),
    read: (m) => ({ quarter: ORDINALS[m[2]!.toLowerCase()]!, year: +m[1]!, granularity: 'quarter' }),
  },
  {
    id: 'date/relative-year-quarter',
    needs: QUARTER_NEEDS,
    reason: "a quarter of this, last or next year ('last year's fourth quarter')",
    example: "Earnings beat forecasts in this year's third quarter.",
    pattern: /\b(this|last|next) year['’]s (first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter/gi,
    read: (m) => {
      const which = m[1]!.toLowerCase();
      return { quarter: ORDINALS[m[2]!.toLowerCase()]!, unit: 'year', offset: which === 'last' ? -1 : which === 'next' ? 1 : 0, granularity: 'quarter', relative: `${which} year quarter ${ORDINALS[m[2]!.toLowerCase()]}` };
    },
  },
  {
    id: 'date/year-earlier',
    needs: YEAR_WORD,
    reason: "'a year earlier' in results news is the same period one year back",
    example: 'Net income rose to $5 million in the third quarter from $4 million a year earlier.',
    anchored: true,
    pattern: /\b(?:the )?(?:a year (?:ago|earlier)|year[- ](?:earlier|ago)(?: (?:quarter|period))?|(?:the )?(?:same|corresponding|comparable) (?:period|quarter) (?:a year (?:ago|earlier)|last year))\b/gi,
    read: () => ({ unit: 'year', offset: -1, granularity: 'year', relative: 'a year earlier' }),
  },
  {
    id: 'date/the-quarter',
    needs: QUARTER_NEEDS,
    reason: "'the quarter' in results news is the quarter the text is about",
    example: 'For the quarter, the company earned $2.1 million.',
    anchored: true,
    pattern: /\b(?:the|this|the latest|the latest|the most recent|the current|the recent) (?:fiscal )?quarter\b(?![- ]?(?:century|mile|point|inch))/gi,
    read: () => ({ unit: 'quarter', offset: 0, granularity: 'quarter', relative: 'the quarter' }),
  },
  {
    id: 'date/quarter',
    needs: QUARTER_NEEDS,
    reason: 'fiscal and calendar quarters in business news',
    example: 'Profit rose 12 percent in the third quarter of 1997.',
    pattern: new RegExp(`\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:(?: of| of fiscal)? (${Y}))?`, 'gi'),
    read: (m) => ({ quarter: ORDINALS[m[1]!.toLowerCase()]!, year: num(m[2]), granularity: 'quarter' }),
  },
  {
    id: 'date/relative-unit',
    needs: /week|month|year/i,
    reason: 'last, this or next week, month, quarter or year, against the publication date',
    example: 'Last year, an agreement to end the coalition mission was reached.',
    pattern: /\b(?:(last|this|next|past|previous|coming|current)|(earlier|later) this) (week|month|year)\b/gi,
    read: (m) => {
      const which = (m[1] ?? 'this').toLowerCase();
      const offset = ['last', 'past', 'previous'].includes(which) ? -1 : ['next', 'coming'].includes(which) ? 1 : 0;
      const unit = unitOf(m[3]!)!;
      return { unit, offset, granularity: unit, relative: `${m[2] ? `${m[2].toLowerCase()} ` : ''}${which} ${unit}`.trim() };
    },
  },
  {
    id: 'date/the-year',
    needs: YEAR_WORD,
    reason: '"the year" and "the full year" in results news are the current year',
    example: 'The company expects earnings for the full year to rise 10 percent.',
    pattern: /\bthe (?:full |current |fiscal |calendar |whole )?year\b(?!['’]s| (?:before|earlier|ago|after|when|that|in which|of)\b|-)/gi,
    read: () => ({ unit: 'year', offset: 0, granularity: 'year', relative: 'this year' }),
  },
  {
    id: 'date/ago',
    needs: /ago/i,
    reason: 'a span of time before the publication date',
    example: 'The factory opened two years ago in the north of the city.',
    pattern: /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) (day|days|week|weeks|month|months|year|years) ago\b/gi,
    read: (m) => {
      const unit = unitOf(m[2]!)!;
      const n = count(m[1]!.replace(/^a (few|couple of)$/i, '$1').replace(/ of$/, ''));
      return { unit, offset: -n, granularity: unit, relative: `${n} ${unit}${n === 1 ? '' : 's'} ago` };
    },
  },
  {
    id: 'date/relative-day',
    reason: 'today, yesterday and tomorrow are days relative to the publication date',
    example: 'The minister resigned yesterday after the vote.',
    pattern: /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/gi,
    read: (m) => {
      const word = m[1]!.toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { unit: 'day', offset, granularity: 'day', relative: word.startsWith('this') || word === 'tonight' ? 'today' : word };
    },
  },
  {
    id: 'date/weekday',
    needs: /day/,
    reason: 'a weekday: in past-tense news the most recent such day on or before publication',
    example: 'The strike confirmed al-Rifai’s death on Friday, the prime minister said.',
    pattern: new RegExp(`\\b(?:(last|next|this|past) )?(${W})(?:'s|’s)?\\b(?: (?:morning|afternoon|evening|night))?`, 'g'),
    read: (m, clause) => {
      const which = m[1]?.toLowerCase();
      const direction = which === 'next' ? 'future' : which === 'last' || which === 'past' ? 'past' : clause.length ? undefined : undefined;
      return { weekday: WEEKDAYS[m[2]!.toLowerCase()]!, granularity: 'day', direction, relative: `${which ? `${which} ` : ''}${m[2]!.toLowerCase()}`, offset: which === 'last' ? -1 : undefined };
    },
  },
  {
    id: 'date/decade',
    reason: 'a decade',
    example: 'Crime in the city fell sharply in the 1990s.',
    pattern: /\b(?:the )?(1[89]\d|20\d)0['’]?s\b/g,
    read: (m) => ({ decade: +m[1]! * 10, granularity: 'decade' }),
  },
  {
    id: 'date/season',
    needs: SEASON_NEEDS,
    reason: 'a season relative to the publication date',
    example: 'The talks collapsed last summer and never resumed.',
    pattern: /\b(last|this|next|past) (spring|summer|autumn|fall|winter)\b/gi,
    read: (m) => {
      const which = m[1]!.toLowerCase();
      return { season: SEASONS[m[2]!.toLowerCase() as keyof typeof SEASONS], unit: 'season', offset: which === 'next' ? 1 : which === 'this' ? 0 : -1, granularity: 'season', relative: `${which} ${m[2]!.toLowerCase()}` };
    },
  },
  {
    id: 'date/month',
    needs: MONTH_NEEDS,
    reason: 'a month named without its year, after a word that makes it a time ("in March", "since January")',
    example: 'Prices have risen steadily since January, the agency said.',
    pattern: new RegExp(`\\b(${anyCase('in|since|until|till|by|during|through|from|last|next|this|early|late|mid|of|before|after|throughout|end of')})[ -](${M})\\b(?! \\d)`, 'g'),
    lead: /^(in|since|until|till|by|during|through|from|of|before|after|throughout|end of) /i,
    read: (m) => {
      const which = m[1]!.toLowerCase();
      const offset = which === 'last' ? -1 : which === 'next' ? 1 : which === 'this' ? 0 : undefined;
      return { month: monthNumber(m[2]!), granularity: 'month', offset, direction: which === 'next' ? 'future' : which === 'last' ? 'past' : undefined };
    },
  },
  {
    id: 'date/year',
    reason: 'a year on its own',
    example: 'The group suffered territorial defeats in Iraq in 2017 and Syria in 2019.',
    pattern: new RegExp(`(?<![\\d,.$£€#/-])\\b(?:fiscal )?(${Y})\\b(?![\\d%]|[-/]\\d|,\\d{3}| (?:people|troops|jihadists|percent|block)\\b)`, 'g'),
    read: (m) => ({ year: +m[1]!, granularity: 'year' }),
  },
];
