import type { AgentValue, AliasValue, CasualtyValue, ClaimKind, ClaimValue, DateValue, PlaceValue, QuantityValue, QuoteValue, RoleValue } from '../types.js';
import { weekdayOf } from './date-relation.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const range = (min: number, max: number | null) => (max === null ? `at least ${min}` : min === max ? `${min}` : `${min}–${max}`);

/** A short human rendering of a value, for the report's `display` field. */
export function display(kind: ClaimKind, value: ClaimValue): string {
  switch (kind) {
    case 'casualty': {
      const v = value as CasualtyValue;
      return range(v.min, v.max);
    }
    case 'quantity': {
      const v = value as QuantityValue;
      return `${range(v.min, v.max)}${v.unit ? ` ${v.unit}` : ''}`;
    }
    case 'date': {
      // A day shows its weekday ("Saturday, 2025-03-15"), so a resolved "Saturday" reads as what the text said.
      const v = value as DateValue;
      const weekday = weekdayOf(v);
      if (!v.start) return weekday !== null ? `${WEEKDAY_NAMES[weekday]} (unresolved)` : v.relative ?? 'unresolved date';
      return v.start === v.end ? `${weekday !== null ? `${WEEKDAY_NAMES[weekday]}, ` : ''}${v.start}` : `${v.start}…${v.end}`;
    }
    case 'place': {
      const v = value as PlaceValue;
      return v.country ? `${v.name} (${v.country})` : v.name;
    }
    case 'role': {
      const v = value as RoleValue;
      return v.role;
    }
    case 'alias':
      return (value as AliasValue).alias;
    case 'quote':
      return `“${(value as QuoteValue).quote}”`;
    case 'agent': {
      const v = value as AgentValue;
      return v.action ? `${v.name} (${v.action})` : v.name;
    }
    default:
      return (value as { name: string }).name;
  }
}
