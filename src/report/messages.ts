import type { Finding, FindingReason, FindingValue, PlaceValue } from '../types.js';
import { plural } from '../util/plural.js';


/** What a slot is about, in words: "casualty.killed" → "killed". */
export function slotLabel(slot: string): string {
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

/** "per police", "hedged": what the sources behind a value add to it. */
const notes = (value: FindingValue) => [...(value.attributions.length ? [`per ${value.attributions.join(' and ')}`] : []), ...(value.hedged ? ['hedged'] : [])];

function who(value: FindingValue): string {
  const n = value.documents.length;
  const base = value.sources < n ? `${plural(n, 'document')} (${plural(value.sources, 'independent source')})` : plural(n, 'source');
  const notes = [...(value.attributions.length ? [`per ${value.attributions.join(' and ')}`] : []), ...(value.hedged ? ['hedged'] : [])];
  return notes.length ? `${base} (${notes.join(', ')})` : base;
}

/** One line a reader understands without the JSON. */
export function formatMessage(finding: Finding): string {
  const label = slotLabel(finding.slot);
  const [first, ...rest] = finding.values;
  if (!first) return label;
  switch (finding.status) {
    case 'single':
      return `only ${first.documents[0]} gives the ${label}: ${first.display}`;
    case 'agree':
      // A person or organization slot is about presence: the sources name the same entity.
      if (finding.slot === 'person.victims') return `${who(first)} name ${first.display} as killed or shot`;
      if (/^(person|organization)\./.test(finding.slot)) return `${who(first)} name ${first.display}`;
      return `${who(first)} agree on the ${label}: ${first.display}`;
    case 'compatible': {
      if (finding.reason?.code === 'weekday-unresolved') return `${label}: ${finding.values.map((v) => `${v.display} (${who(v)})`).join(', ')}: ${reasonText(finding, finding.reason)}`;
      const listed = finding.values.map((v) => `${v.display} (${who(v)})`).join(', ');
      // Roles and actors differ without excluding each other; counts, dates and places in precision.
      return /^(role|agent|alias)/.test(finding.slot) ? `${label}: ${listed}: these can all hold` : `${label}: ${listed}: they differ only in precision`;
    }
    case 'update': {
      const latest = finding.values[finding.latest ?? 0] ?? first;
      return `${label} revised over time: latest figure ${latest.display} (${latest.documents.join(', ')}); earlier ${finding.values.filter((v) => v !== latest).map((v) => v.display).join(', ')}`;
    }
    case 'contradict': {
      if (!finding.reason) return `${label} disputed: ${who(first)} ${first.documents.length === 1 ? 'says' : 'say'} ${first.display}; ${rest.map((v) => `${who(v)} ${v.documents.length === 1 ? 'says' : 'say'} ${v.display}`).join('; ')}`;
      // The pair the reason is about, then any further values, then why they cannot both hold.
      const pair = finding.reason.values.map((i) => finding.values[i]!);
      const others = finding.values.filter((v) => !pair.includes(v));
      return `${label} disputed: ${pair.map((v) => `${v.display} (${[v.documents.join(', '), ...notes(v)].join('; ')})`).join(' vs ')}${others.length ? `; also ${others.map((v) => v.display).join(', ')}` : ''}: ${reasonText(finding, finding.reason)}`;
    }
  }
}

const LEVELS: Record<string, string> = { country: 'countries', region: 'regions', city: 'cities' };
const REGION_WORDS: [RegExp, string][] = [[/\bGovernorate$/, 'governorates'], [/\bProvince$/, 'provinces'], [/\bCounty$/, 'counties'], [/\bState$/, 'states']];

/** The one-line reason two values cannot both hold, for a desk editor. */
export function reasonText(finding: Finding, reason: FindingReason): string {
  const [a, b] = reason.values.map((i) => finding.values[i]!);
  if (!a || !b) return '';
  const resolved = (reason.resolved ?? []).filter((r) => r.published).map((r) => `"${r.text}" against ${r.published}`);
  const undated = (reason.resolved ?? []).filter((r) => !r.published).map((r) => `"${r.text}" (${r.document} has no publication date)`);
  switch (reason.code) {
    case 'different-days':
      return resolved.length ? `different days after resolving ${resolved.join(' and ')}` : 'different days';
    case 'different-weekdays':
      return `${dayName(a)} and ${dayName(b)} cannot be the same day${undated.length ? `; ${undated.join(', ')}` : ''}`;
    case 'weekday-unresolved':
      return `${undated.join(', ') || 'a weekday without a publication date'} cannot be placed on a day: checked by its weekday only`;
    case 'different-places': {
      const [pa, pb] = [a.value as PlaceValue, b.value as PlaceValue];
      if (reason.level === 'not-within') return `${pa.name} is not within ${pb.name}`;
      if (reason.level === 'police') return `the ${pa.name} police work in another state than ${pb.name}`;
      const word = REGION_WORDS.find(([re]) => reason.level === 'region' && re.test(pa.name) && re.test(pb.name))?.[1] ?? LEVELS[reason.level ?? ''] ?? 'places';
      return `${pa.name} and ${pb.name} are different ${word}`;
    }
    case 'different-counts': {
      // Quantities carry their unit in the display ("31 people"); counts say what they count.
      const what = finding.kind === 'quantity' ? '' : ` ${slotLabel(finding.slot).replace(/^number (of )?/, '')}`;
      return `${a.display} and ${b.display}${what} in the same event, ${reason.published ? `both reported on ${reason.published}` : 'with no later report revising either'}`;
    }
    case 'different-names':
      if (reason.copied) return 'the same sentence in both sources, with another name in it';
      return reason.relation ? `two names for the victim both call the ${RELATION_WORDS[reason.relation]}` : `two names for the ${reason.age}-year-old victim`;
    case 'too-many-dead':
      return `both named as dead, but the toll counts ${plural(reason.people ?? 0, 'person', 'people')} killed`;
    case 'too-many-names':
      return `${plural(finding.values.length, 'name')} for the ${plural(reason.people ?? 0, 'person', 'people')} the tolls count as killed or hurt`;
    case 'different-wording':
      return 'the same quotation, worded differently';
    default:
      return 'both cannot hold';
  }
}

const RELATION_WORDS = { spouse: 'wife, husband or partner', mother: 'mother', father: 'father' } as const;

/** "Thursday" from "Thursday (unresolved)" or "Thursday, 2025-03-13". */
const dayName = (v: FindingValue) => v.display.replace(/ \(unresolved\)$/, '').replace(/, \d{4}-\d{2}-\d{2}$/, '');
