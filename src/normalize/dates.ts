import type { DateExpression, DateValue } from '../types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Resolves what the text said against the document's publication date (ISO day or null). */
export function resolveDate(expr: DateExpression, published: string | null): DateValue {
  const unresolved: DateValue = { start: null, end: null, granularity: expr.granularity, relative: expr.relative };
  const ref = published ? new Date(`${published}T00:00:00Z`) : null;
  if (expr.year !== undefined && expr.month !== undefined && expr.day !== undefined) {
    const day = `${expr.year}-${pad(expr.month)}-${pad(expr.day)}`;
    return { start: day, end: day, granularity: 'day', relative: null };
  }
  if (expr.weekday !== undefined && ref) {
    const back = (ref.getUTCDay() - expr.weekday + 7) % 7;
    const forward = (expr.weekday - ref.getUTCDay() + 7) % 7;
    const delta = expr.direction === 'future' ? forward : -back;
    const day = iso(new Date(ref.getTime() + delta * 864e5));
    return { start: day, end: day, granularity: 'day', relative: expr.relative };
  }
  if (expr.month !== undefined && expr.day !== undefined && ref) {
    let year = ref.getUTCFullYear();
    const candidate = `${year}-${pad(expr.month)}-${pad(expr.day)}`;
    if (expr.direction !== 'future' && candidate > published!) year--;
    const day = `${year}-${pad(expr.month)}-${pad(expr.day)}`;
    return { start: day, end: day, granularity: 'day', relative: null };
  }
  if (expr.year !== undefined && expr.month !== undefined) {
    return { start: `${expr.year}-${pad(expr.month)}-01`, end: `${expr.year}-${pad(expr.month)}-${pad(lastDay(expr.year, expr.month))}`, granularity: 'month', relative: null };
  }
  if (expr.year !== undefined) {
    return { start: `${expr.year}-01-01`, end: `${expr.year}-12-31`, granularity: 'year', relative: null };
  }
  return unresolved;
}
