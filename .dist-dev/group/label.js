const MAX = 90;
/** A short "what, where" label: the shortest title (or lead line) of the event's documents. */
export function eventLabel(docs, place) {
    const lines = docs
        .map((d) => (d.title ?? d.sentences[0]?.text ?? d.id).replace(/\s+[–—|-]\s+[^–—|-]{2,40}$/, '').replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    let label = lines.find((l) => l.length >= 20) ?? lines[0] ?? 'event';
    if (label.length > MAX)
        label = `${label.slice(0, MAX - 1).replace(/\s+\S*$/, '')}…`;
    if (place && !label.toLowerCase().includes(place.name.toLowerCase().replace(/^al /, '').split(' ')[0]))
        label += `, ${place.name}`;
    return label;
}
//# sourceMappingURL=label.js.map