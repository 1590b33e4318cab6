const range = (min, max) => (max === null ? `at least ${min}` : min === max ? `${min}` : `${min}–${max}`);
/** A short human rendering of a value, for the report's `display` field. */
export function display(kind, value) {
    switch (kind) {
        case 'casualty': {
            const v = value;
            return range(v.min, v.max);
        }
        case 'quantity': {
            const v = value;
            return `${range(v.min, v.max)}${v.unit ? ` ${v.unit}` : ''}`;
        }
        case 'date': {
            const v = value;
            if (!v.start)
                return v.relative ?? 'unresolved date';
            return v.start === v.end ? v.start : `${v.start}…${v.end}`;
        }
        case 'place': {
            const v = value;
            return v.country ? `${v.name} (${v.country})` : v.name;
        }
        case 'role': {
            const v = value;
            return v.role;
        }
        case 'alias':
            return value.alias;
        case 'quote':
            return `“${value.quote}”`;
        case 'agent': {
            const v = value;
            return v.action ? `${v.name} (${v.action})` : v.name;
        }
        default:
            return value.name;
    }
}
//# sourceMappingURL=display.js.map