const DAY = 864e5;
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (d) => d.toISOString().slice(0, 10);
const dayOf = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const interval = (start, end, granularity, relative) => ({ start, end, granularity, relative });
const month = (y, m, relative) => interval(dayOf(y, m, 1), dayOf(y, m, lastDay(y, m)), 'month', relative);
const year = (y, relative) => interval(`${y}-01-01`, `${y}-12-31`, 'year', relative);
const quarter = (y, q, relative) => {
    const first = (q - 1) * 3 + 1;
    return interval(dayOf(y, first, 1), dayOf(y, first + 2, lastDay(y, first + 2)), 'quarter', relative);
};
// Meteorological seasons; winter belongs to the year it starts in.
const SEASON_MONTHS = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const season = (y, s, relative) => {
    const first = SEASON_MONTHS[s];
    const endYear = first === 12 ? y + 1 : y;
    const endMonth = first === 12 ? 2 : first + 2;
    return interval(dayOf(y, first, 1), dayOf(endYear, endMonth, lastDay(endYear, endMonth)), 'season', relative);
};
/** The ISO week (Monday to Sunday) holding `d`. */
function isoWeek(d, relative) {
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
    return interval(iso(monday), iso(new Date(monday.getTime() + 6 * DAY)), 'week', relative);
}
function relativeUnit(expr, ref) {
    const offset = expr.offset ?? 0;
    const y = ref.getUTCFullYear();
    const m = ref.getUTCMonth() + 1;
    switch (expr.unit) {
        case 'day': {
            const day = iso(new Date(ref.getTime() + offset * DAY));
            return interval(day, day, 'day', expr.relative);
        }
        case 'week':
            return isoWeek(new Date(ref.getTime() + offset * 7 * DAY), expr.relative);
        case 'month': {
            const index = y * 12 + (m - 1) + offset;
            return month(Math.floor(index / 12), (index % 12) + 1, expr.relative);
        }
        case 'quarter': {
            const index = y * 4 + Math.floor((m - 1) / 3) + offset;
            return quarter(Math.floor(index / 4), (index % 4) + 1, expr.relative);
        }
        case 'year':
            return year(y + offset, expr.relative);
        case 'season': {
            if (!expr.season)
                return null;
            const start = SEASON_MONTHS[expr.season];
            // "last summer": the most recent summer that has started before the reference, then back.
            let base = start <= m || (start === 12 && m <= 2) ? y - (start === 12 && m <= 2 ? 1 : 0) : y - 1;
            if (expr.offset === -1 && base === y && start <= m && m < start + 3)
                base = y - 1;
            return season(base + Math.max(0, offset), expr.season, expr.relative);
        }
        default:
            return null;
    }
}
/** Which year a month (and day) without a year falls in, seen from the reference. */
function yearFor(monthNumber, day, ref, direction) {
    const y = ref.getUTCFullYear();
    const today = iso(ref);
    const here = dayOf(y, monthNumber, day);
    if (direction === 'future')
        return here < today ? y + 1 : y;
    if (direction === 'past')
        return here > today ? y - 1 : y;
    // Nearest: the candidate year that puts the date closest to the reference.
    const distance = (year) => Math.abs(Date.parse(dayOf(year, monthNumber, day)) - ref.getTime());
    return [y - 1, y, y + 1].sort((a, b) => distance(a) - distance(b))[0];
}
/** Month without year: "last April" is before this month, "this September" in this year. */
function monthYear(expr, ref) {
    const y = ref.getUTCFullYear();
    const current = ref.getUTCMonth() + 1;
    const m = expr.month;
    if (expr.offset === 0)
        return y;
    if (expr.offset === -1)
        return m < current ? y : y - 1;
    if (expr.offset === 1)
        return m > current ? y : y + 1;
    return m === current ? y : yearFor(m, 15, ref, expr.direction);
}
/** Resolves what the text said against the document's publication date (ISO day or null). */
export function resolveDate(expr, published) {
    const ref = published ? new Date(`${published}T00:00:00Z`) : null;
    const relative = expr.relative;
    if (expr.decade !== undefined)
        return interval(`${expr.decade}-01-01`, `${expr.decade + 9}-12-31`, 'decade', null);
    if (expr.year !== undefined && expr.month !== undefined && expr.day !== undefined) {
        const day = dayOf(expr.year, expr.month, expr.day);
        return interval(day, day, 'day', null);
    }
    if (expr.year !== undefined && expr.month !== undefined)
        return month(expr.year, expr.month, null);
    if (expr.year !== undefined && expr.quarter !== undefined)
        return quarter(expr.year, expr.quarter, null);
    if (expr.year !== undefined && expr.season !== undefined)
        return season(expr.year, expr.season, null);
    if (expr.year !== undefined)
        return year(expr.year, null);
    if (expr.anchor) {
        // "a year earlier": the anchor's period one year back; "the quarter": the anchor's quarter.
        const base = resolveDate(expr.anchor, published);
        if (base.start && base.end)
            return shiftAnchored(expr, base);
    }
    const unresolved = { start: null, end: null, granularity: expr.granularity, relative: relative ?? describe(expr) };
    if (!ref)
        return unresolved;
    if (expr.weekday !== undefined) {
        const back = (ref.getUTCDay() - expr.weekday + 7) % 7;
        const forward = (expr.weekday - ref.getUTCDay() + 7) % 7;
        let delta = expr.direction === 'future' ? forward : -back;
        if (expr.offset === -1 && delta === 0)
            delta = -7;
        if (expr.direction === 'future' && /^next /.test(relative ?? '') && delta === 0)
            delta = 7;
        const day = iso(new Date(ref.getTime() + delta * DAY));
        return interval(day, day, 'day', relative);
    }
    if (expr.month !== undefined && expr.day !== undefined) {
        const day = dayOf(yearFor(expr.month, expr.day, ref, expr.direction), expr.month, expr.day);
        return interval(day, day, 'day', null);
    }
    if (expr.month !== undefined)
        return month(monthYear(expr, ref), expr.month, null);
    if (expr.quarter !== undefined) {
        if (expr.unit === 'year')
            return quarter(ref.getUTCFullYear() + (expr.offset ?? 0), expr.quarter, null);
        const current = Math.floor(ref.getUTCMonth() / 3) + 1;
        const y = ref.getUTCFullYear() + (expr.direction === 'future' ? (expr.quarter < current ? 1 : 0) : expr.quarter > current ? -1 : 0);
        return quarter(y, expr.quarter, null);
    }
    return relativeUnit(expr, ref) ?? unresolved;
}
function shiftAnchored(expr, base) {
    const start = new Date(`${base.start}T00:00:00Z`);
    if (expr.unit === 'quarter') {
        const q = Math.floor(start.getUTCMonth() / 3) + 1;
        return quarter(start.getUTCFullYear(), q, expr.relative);
    }
    const y = start.getUTCFullYear() + (expr.offset ?? 0);
    const m = start.getUTCMonth() + 1;
    switch (base.granularity) {
        case 'quarter':
            return quarter(y, Math.floor((m - 1) / 3) + 1, expr.relative);
        case 'month':
            return month(y, m, expr.relative);
        case 'day': {
            const day = dayOf(y, m, Math.min(start.getUTCDate(), lastDay(y, m)));
            return interval(day, day, 'day', expr.relative);
        }
        default:
            return year(y, expr.relative);
    }
}
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A stable description of an unresolved expression ("friday", "october 22"). */
function describe(expr) {
    if (expr.weekday !== undefined)
        return WEEKDAY_NAMES[expr.weekday];
    if (expr.month !== undefined)
        return `${MONTH_NAMES[expr.month - 1]}${expr.day ? ` ${expr.day}` : ''}`;
    if (expr.quarter !== undefined)
        return `quarter ${expr.quarter}`;
    return null;
}
//# sourceMappingURL=dates.js.map