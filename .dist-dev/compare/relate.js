import { placeRelation } from '../normalize/places.js';
import { quoteClaimRelation, quoteRelation } from './quotes.js';
function intervals(a, b) {
    if (a.min === b.min && a.max === b.max)
        return 'equal';
    const aMax = a.max ?? Infinity;
    const bMax = b.max ?? Infinity;
    return a.min <= bMax && b.min <= aMax ? 'compatible' : 'conflict';
}
function dates(a, b) {
    if (a.start === b.start && a.end === b.end && a.granularity === b.granularity && a.relative === b.relative)
        return 'equal';
    if (!a.start || !b.start || !a.end || !b.end)
        return a.relative && a.relative === b.relative ? 'equal' : 'compatible';
    if (a.start === b.start && a.end === b.end)
        return 'equal';
    return a.start <= b.end && b.start <= a.end ? 'compatible' : 'conflict';
}
export function relate(kind, a, b) {
    switch (kind) {
        case 'casualty': {
            const ca = a;
            const cb = b;
            return intervals(ca, cb);
        }
        case 'quantity':
            return intervals(a, b);
        case 'date':
            return dates(a, b);
        case 'place': {
            const r = placeRelation(a, b);
            return r === 'same' ? 'equal' : r === 'disjoint' ? 'conflict' : 'compatible';
        }
        case 'quote':
            return quoteRelation(a, b);
        case 'role': {
            const ra = a.role.toLowerCase();
            const rb = b.role.toLowerCase();
            return ra === rb ? 'equal' : 'compatible';
        }
        default:
            return JSON.stringify(a) === JSON.stringify(b) ? 'equal' : 'compatible';
    }
}
/** How two claims of one slot relate: their values, and for quotes how sure each speaker is. */
export function relateClaims(a, b) {
    return a.kind === 'quote' ? quoteClaimRelation(a, b) : relate(a.kind, a.value, b.value);
}
//# sourceMappingURL=relate.js.map