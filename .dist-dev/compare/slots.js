const SUSPECTS = /\b(suspects?|gunm[ae]n|shooters?|attackers?|assailants?|perpetrators?|robbers?|hijackers?|bombers?)\b/i;
/** Slots that hold one value per event: each document contributes its main value. */
export const SINGLE_VALUED = new Set(['date', 'place', 'agent']);
export function isSingleValued(slot) {
    return SINGLE_VALUED.has(slot) || slot.startsWith('casualty.') || slot.startsWith('quantity.');
}
/** The slot a claim fills: its kind plus, where a kind holds several things, which one. */
export function slotOf(claim) {
    const v = claim.value;
    const kind = claim.kind;
    switch (kind) {
        case 'casualty': {
            // Sources that count suspects apart from victims ("the gunman was also killed") get a slot of their own.
            const value = claim.value;
            return SUSPECTS.test(value.who ?? '') ? `casualty.${value.type}.suspects` : `casualty.${value.type}`;
        }
        case 'quantity':
            return `quantity.${claim.value.unit ?? 'count'}`;
        case 'person':
        case 'organization':
            return `${kind}.${v.name}`;
        case 'alias':
            return `alias.${v.name}`;
        case 'role':
            return `role.${v.person}`;
        case 'quote':
            return `quote.${v.speaker ?? 'unattributed'}`;
        default:
            return kind;
    }
}
/** A stable key for equal values. Counts are equal by their figures, whoever the text says they count. */
export function valueKey(value) {
    const v = value;
    if ('min' in v && 'type' in v)
        return JSON.stringify([v.type, v.min, v.max]);
    return JSON.stringify(value, Object.keys(value).sort());
}
//# sourceMappingURL=slots.js.map