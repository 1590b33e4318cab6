import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/build-report.js';
import type { CasualtyValue, Claim, DateValue, PlaceValue, QuantityValue } from '../../src/types.js';
import { reportOf } from '../helpers/cli.js';

// The acceptance list of the foundation issue, on the four seed articles.
const D0 = '000_9914eac6f5f37095.txt';
const D1 = '001_dae9b4545850838e.txt';
const D2 = '002_832159072266ed24.txt';
const D3 = '003_06b4c541cbedfc8d.txt';

const SEED_SHA256: Record<string, string> = {
  [D0]: '442ffa01980e6443da6f7b4d2f282e2a23e01272f26755e74a277e606282c68a',
  [D1]: '8f28fafd65c44e988f5665b459aa025d0fa0301f1de37f8845892b5198c2be53',
  [D2]: '9c8b7fcecc7156236eddb746f7a9eba8dce150faf9d076bbb4d7915314da30c8',
  [D3]: '206229707ead08debf7e9085950d6c4900290db9cf6eab960ff98fe8b91c89bc',
};

let report: Report;
let code: number;
const claims = (kind: Claim['kind'], doc?: string) => report.claims.filter((c) => c.kind === kind && (!doc || c.document === doc));
const names = (kind: Claim['kind'], doc?: string) => claims(kind, doc).map((c) => (c.value as { name: string }).name);

beforeAll(async () => {
  const { report: r, run } = await reportOf('fixtures/seeds');
  report = r;
  code = run.code;
});

describe('seeds: the files are the shared seeds, unchanged', () => {
  it.each(Object.entries(SEED_SHA256))('%s', (file, sha) => {
    expect(createHash('sha256').update(readFileSync(`fixtures/seeds/${file}`)).digest('hex')).toBe(sha);
  });
});

describe('seeds: events', () => {
  it('000, 001 and 002 form one event; 003 is another', () => {
    const event = (id: string) => report.documents.find((d) => d.id === id)!.event;
    expect(event(D0)).not.toBeNull();
    expect(event(D1)).toBe(event(D0));
    expect(event(D2)).toBe(event(D0));
    expect(event(D3)).not.toBeNull();
    expect(event(D3)).not.toBe(event(D0));
  });

  it('no finding contradicts, and the exit code is 0', () => {
    expect(report.findings.filter((f) => f.status === 'contradict').map((f) => f.message)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('seeds: people', () => {
  it.each([
    ['Abdallah Maki Mosleh al-Rifai', D2],
    ['Mohammed Shia al-Sudani', D1],
    ['Mohammed Shia al-Sudani', D2],
    ['Fouad Hussein', D1],
    ['Fouad Hussein', D2],
    ['Asaad Hassan al-Shibani', D2],
    ['Michael Erik Kurilla', D1],
    ['Michael Erik Kurilla', D3],
    ['Jassim al-Mazrouei', D3],
    ['Pat Ryder', D3],
  ])('%s in %s', (name, doc) => {
    expect(names('person', doc)).toContain(name);
  });

  it('no person is a place, a title, an organization, or ends in punctuation', () => {
    for (const c of claims('person')) {
      const name = (c.value as { name: string }).name;
      expect(['Jordan', 'President', 'Islamic State']).not.toContain(name);
      expect(c.text).not.toMatch(/[\p{P}]$/u);
      expect(name).not.toMatch(/[.,;:!?'"’”]$/);
    }
  });

  it('Jassim al-Mazrouei is known as Abu Abdel Qader', () => {
    const aliases = claims('alias', D3).map((c) => c.value as { name: string; alias: string });
    expect(aliases).toContainEqual({ name: 'Jassim al-Mazrouei', alias: 'Abu Abdel Qader' });
  });

  it('Abu Khadija is Abdallah Maki Mosleh al-Rifai, in 001 too, and the sources agree on him', () => {
    const aliases = claims('alias', D2).map((c) => c.value as { name: string; alias: string });
    expect(aliases).toContainEqual({ name: 'Abdallah Maki Mosleh al-Rifai', alias: 'Abu Khadija' });
    const inD1 = claims('person', D1).filter((c) => c.text === 'Abu Khadija');
    expect(inD1.length).toBeGreaterThan(0);
    for (const c of inD1) expect((c.value as { name: string }).name).toBe('Abdallah Maki Mosleh al-Rifai');
    const event = report.documents.find((d) => d.id === D1)!.event;
    const finding = report.findings.find((f) => f.event === event && f.slot === 'person.Abdallah Maki Mosleh al-Rifai');
    expect(finding?.status).toBe('agree');
    expect(finding?.values[0]!.documents).toEqual(expect.arrayContaining([D1, D2]));
  });
});

describe('seeds: places and organizations', () => {
  it('Iraq’s Al Anbar Province and Anbar province are one place, and not a contradiction', () => {
    const anbar1 = claims('place', D1).find((c) => c.text === 'Al Anbar Province');
    const anbar2 = claims('place', D2).find((c) => c.text === 'Anbar province');
    expect(anbar1).toBeDefined();
    expect(anbar2).toBeDefined();
    expect(anbar1!.value).toEqual(anbar2!.value);
    expect((anbar1!.value as PlaceValue).country).toBe('IQ');
    const placeFindings = report.findings.filter((f) => f.kind === 'place' && f.values.some((v) => v.claims.includes(anbar1!.id)));
    for (const f of placeFindings) expect(f.status).not.toBe('contradict');
  });

  it('ISIS, the Islamic State and IS are one organization in all four files', () => {
    const isis = claims('organization').filter((c) => /^(ISIS|IS|Islamic State|ISIL)$/.test(c.text.replace(/^the /i, '')));
    expect(new Set(isis.map((c) => c.document))).toEqual(new Set([D0, D1, D2, D3]));
    expect(new Set(isis.map((c) => (c.value as { name: string }).name)).size).toBe(1);
    expect(isis.some((c) => c.text === 'IS')).toBe(true);
  });
});

describe('seeds: counts and dates', () => {
  it('003: at least seven killed, two injured', () => {
    const casualties = claims('casualty', D3).map((c) => c.value as CasualtyValue);
    expect(casualties).toContainEqual(expect.objectContaining({ type: 'killed', min: 7, max: null }));
    expect(casualties).toContainEqual(expect.objectContaining({ type: 'injured', min: 2, max: 2 }));
    const seven = claims('casualty', D3).find((c) => (c.value as CasualtyValue).min === 7 && (c.value as CasualtyValue).max === null);
    expect(seven!.qualifiers).toContain('at least');
  });

  it('003: "between 1,500 to 3,000" is the quantity 1500 to 3000', () => {
    const quantities = claims('quantity', D3).map((c) => c.value as QuantityValue);
    expect(quantities).toContainEqual(expect.objectContaining({ min: 1500, max: 3000 }));
  });

  it('"500 to 3" and "the fall of the Assad regime" are not dates', () => {
    for (const c of claims('date')) {
      expect(c.text).not.toMatch(/500 to 3|fall of the Assad/);
      expect(c.text).not.toMatch(/^fall$/i);
    }
  });
});

describe('seeds-dated: relative dates resolve against the publication date', () => {
  let dated: Report;
  beforeAll(async () => {
    dated = (await reportOf('fixtures/seeds-dated')).report;
  });
  const dateOf = (doc: string, text: RegExp) =>
    dated.claims.filter((c) => c.kind === 'date' && c.document === doc && text.test(c.text)).map((c) => c.value as DateValue);

  it('002 "on Friday" is 2025-03-14', () => {
    expect(dateOf(D2, /Friday/)).toContainEqual(expect.objectContaining({ start: '2025-03-14', end: '2025-03-14', granularity: 'day' }));
  });

  it('003 "October 22" is 2024-10-22', () => {
    expect(dateOf(D3, /October 22/)).toContainEqual(expect.objectContaining({ start: '2024-10-22', end: '2024-10-22', granularity: 'day' }));
  });

  it('publication dates come from front matter', () => {
    expect(dated.documents.map((d) => d.published)).toEqual(['2025-03-15', '2025-03-16', '2025-03-15', '2024-10-26']);
  });
});

describe('seeds-conflict: another outlet plants a province, a weekday and a toll', () => {
  it('contradicts exactly on place, date and killed, and exits 1', async () => {
    const { report: conflict, run } = await reportOf('fixtures/seeds-conflict');
    expect(run.code).toBe(1);
    const slots = conflict.findings.filter((f) => f.status === 'contradict').map((f) => f.slot).sort();
    expect(slots).toEqual(['casualty.killed', 'date', 'place']);
    for (const f of conflict.findings.filter((x) => x.status === 'contradict')) {
      expect(f.values.some((v) => v.documents.includes('004_conflicting_outlet.txt'))).toBe(true);
    }
  });
});
