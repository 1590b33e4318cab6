const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** What a slot is about, in words: "casualty.killed" → "killed". */
export function slotLabel(slot) {
    const [kind, ...rest] = slot.split('.');
    const sub = rest.join('.');
    switch (kind) {
        case 'casualty': return sub.endsWith('.suspects') ? `number of suspects ${sub.replace('.suspects', '')}` : `number ${sub}`;
        case 'quantity': return sub === 'count' ? 'quantity' : `number of ${sub}`;
        case 'date': return 'date';
        case 'place': return 'place';
        case 'agent': return 'who did it';
        case 'person': return sub === 'victims' ? 'named victims' : `person ${sub}`;
        case 'organization': return `organization ${sub}`;
        case 'role': return `role of ${sub}`;
        case 'alias': return `alias of ${sub}`;
        case 'quote': return sub === 'unattributed' ? 'unattributed quote' : `quote by ${sub}`;
        default: return slot;
    }
}
function who(value) {
    const n = value.documents.length;
    const base = value.sources < n ? `${plural(n, 'document')} (${plural(value.sources, 'independent source')})` : plural(n, 'source');
    const notes = [...(value.attributions.length ? [`per ${value.attributions.join(' and ')}`] : []), ...(value.hedged ? ['hedged'] : [])];
    return notes.length ? `${base} (${notes.join(', ')})` : base;
}
/** One line a reader understands without the JSON. */
export function formatMessage(finding) {
    const label = slotLabel(finding.slot);
    const [first, ...rest] = finding.values;
    if (!first)
        return label;
    switch (finding.status) {
        case 'single':
            return `only ${first.documents[0]} gives the ${label}: ${first.display}`;
        case 'agree':
            // A person or organization slot is about presence: the sources name the same entity.
            if (finding.slot === 'person.victims')
                return `${who(first)} name ${first.display} as killed or shot`;
            if (/^(person|organization)\./.test(finding.slot))
                return `${who(first)} name ${first.display}`;
            return `${who(first)} agree on the ${label}: ${first.display}`;
        case 'compatible': {
            const listed = finding.values.map((v) => `${v.display} (${who(v)})`).join(', ');
            // Roles and actors differ without excluding each other; counts, dates and places in precision.
            return /^(role|agent|alias)/.test(finding.slot) ? `${label}: ${listed}: these can all hold` : `${label}: ${listed}: they differ only in precision`;
        }
        case 'update': {
            const latest = finding.values[finding.latest ?? 0] ?? first;
            return `${label} revised over time: latest figure ${latest.display} (${latest.documents.join(', ')}); earlier ${finding.values.filter((v) => v !== latest).map((v) => v.display).join(', ')}`;
        }
        case 'contradict':
            return `${label} disputed: ${who(first)} ${first.documents.length === 1 ? 'says' : 'say'} ${first.display}; ${rest.map((v) => `${who(v)} ${v.documents.length === 1 ? 'says' : 'say'} ${v.display}`).join('; ')}`;
    }
}
//# sourceMappingURL=messages.js.map