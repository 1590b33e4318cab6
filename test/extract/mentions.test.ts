import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { ExtractedClaim } from '../../src/types.js';
import { documentFrom } from '../helpers/documents.js';

// The shared mention layer on the seed articles: what the three entity extractors must find.
const SEEDS = 'fixtures/seeds';
const D0 = '000_9914eac6f5f37095.txt';
const D1 = '001_dae9b4545850838e.txt';
const D2 = '002_832159072266ed24.txt';
const D3 = '003_06b4c541cbedfc8d.txt';

const claimsOf = (file: string): ExtractedClaim[] =>
  extractDocument(documentFrom(readFileSync(`${SEEDS}/${file}`, 'utf8'), file)).claims;
const texts = (file: string, kind: ExtractedClaim['kind']) => claimsOf(file).filter((c) => c.kind === kind).map((c) => c.text);

describe('seed people', () => {
  it.each([
    [D2, 'Abdallah Maki Mosleh al-Rifai'],
    [D1, 'Mohammed Shia al-Sudani'],
    [D2, 'Mohammed Shia al-Sudani'],
    [D1, 'Fouad Hussein'],
    [D2, 'Fouad Hussein'],
    [D2, 'Asaad Hassan al-Shibani'],
    [D1, 'Michael Erik Kurilla'],
    [D3, 'Michael Erik Kurilla'],
    [D3, 'Jassim al-Mazrouei'],
    [D3, 'Pat Ryder'],
    [D1, 'Abu Khadija'],
    [D2, 'Abu Khadija'],
  ])('%s has %s', (file, name) => {
    expect(texts(file, 'person')).toContain(name);
  });

  it.each([D0, D1, D2, D3])('%s: no person is a place, a title or an organization', (file) => {
    for (const text of texts(file, 'person')) {
      expect(['Jordan', 'President', 'Islamic State', 'ISIS', 'Iraq', 'Syria']).not.toContain(text);
      expect(text).not.toMatch(/[\p{P}]$/u);
      expect(text).not.toMatch(/\bAbu\b.*\bal-Mazrouei\b|al-Mazrouei Abu/);
    }
  });
});

describe('seed organizations', () => {
  it.each([
    [D0, 'ISIS'],
    [D1, 'Islamic State'],
    [D1, 'CENTCOM'],
    [D1, 'U.S. Central Command'],
    [D2, 'IS'],
    [D3, 'Iraqi Counter-Terrorism Service'],
    [D3, 'CJTF-OIR'],
  ])('%s has %s', (file, name) => {
    expect(texts(file, 'organization')).toContain(name);
  });
});

describe('seed places', () => {
  it.each([
    [D1, 'Al Anbar Province'],
    [D2, 'Anbar province'],
    [D0, 'Iraq'],
    [D0, 'Syria'],
    [D2, 'Baghdad'],
    [D2, 'Damascus'],
    [D2, 'Jordan'],
  ])('%s has %s', (file, name) => {
    expect(texts(file, 'place')).toContain(name);
  });

  it('the province of "Iraq’s Al Anbar Province" is its own span', () => {
    expect(texts(D1, 'place')).not.toContain('Iraq’s Al Anbar Province');
  });
});
