// Words of time expressions, shared by the date rules.
export const MONTHS = {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
};
export const WEEKDAYS = {
    sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const ORDINALS = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
export const SEASONS = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };
export const COUNT_WORDS = {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
};
/** Full month names, and abbreviations with their period (May has none). */
export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
export const WEEKDAY_PATTERN = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
export const YEAR_PATTERN = '(?:1[89]\\d\\d|20\\d\\d)';
export const monthNumber = (word) => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
// Markers that point a clause to the future: an unanchored date is then the next one. Weekdays
// and quarters need a firm marker ("will", "next"); a date also turns on payment and deadline words.
const FIRM_FUTURE = /\b(will|won['’]t|shall|'ll|’ll|is to|are to|going to|next|upcoming|scheduled|expected to)\b/i;
const FUTURE = /\b(will|won['’]t|shall|'ll|’ll|is to|are to|going to|plans? to|planned|scheduled|expected to|set to|due to|next|upcoming|payable|effective|expires?)\b/i;
/**
 * Which way an unanchored date points: forward with a future marker; otherwise a weekday or
 * quarter points back, and a month or day to the nearest one.
 */
export function clauseDirection(clause, weekdayOrQuarter) {
    if ((weekdayOrQuarter ? FIRM_FUTURE : FUTURE).test(clause))
        return 'future';
    return weekdayOrQuarter ? 'past' : 'nearest';
}
//# sourceMappingURL=vocabulary.js.map