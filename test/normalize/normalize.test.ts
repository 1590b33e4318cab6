import { describe, expect, it } from 'vitest';
import { canonicalOrganization } from '../../src/normalize/organizations.js';
import { canonicalPeople, sameNameVariant } from '../../src/normalize/people.js';
import { placeRelation, resolvePlace } from '../../src/normalize/places.js';
import type { ExtractedClaim, ExtractedDocument } from '../../src/types.js';

describe('places', () => {
  it.each([
    ['Al Anbar Province', 'Al Anbar Governorate', 'IQ'],
    ['Anbar province', 'Al Anbar Governorate', 'IQ'],
    ['U.S.', 'United States', 'US'],
    ['Houston', 'Houston', 'US'],
    ['the 9000 block of South Ashland', '9000 block of South Ashland', null],
    // A region named plainly beats one whose name only matches without its "County": the state, not a county abroad.
    ['Maryland', 'Maryland', 'US'],
    // A town written with its state: the gazetteer's namesake only where one of its readings lies in that state.
    ['Pontiac, Michigan', 'Pontiac', 'US'],
    ['Longmont, Florida', 'Longmont, Florida', 'US'],
    ['FORD CITY, Pennsylvania', 'Ford City, Pennsylvania', 'US'],
  ])('%s → %s (%s)', (name, canonical, country) => {
    expect(resolvePlace(name)).toEqual({ name: canonical, country });
  });

  it.each([
    ['Anbar province', 'Iraq', 'within'],
    ['Iraq', 'Anbar province', 'contains'],
    ['Anbar province', 'Nineveh province', 'disjoint'],
    ['Houston', 'Texas', 'within'],
    ['Chicago', 'Texas', 'disjoint'],
    ['Iraq', 'Iran', 'disjoint'],
    ['Al Anbar Province', 'Anbar province', 'same'],
    ['Longmont, Florida', 'Florida', 'within'],
    ['Florida', 'Longmont, Florida', 'contains'],
    ['Longmont, Florida', 'Longmont', 'same'],
    ['Longmont, Florida', 'Alabama', 'disjoint'],
    ['Fulton County, Georgia', 'Georgia', 'within'],
    ['Longmont, Florida', 'Wichita', 'disjoint'],
    ['Longmont, Florida', 'Tallahassee', 'unknown'],
    ['Ford City, Pennsylvania', 'Ford City, Ohio', 'disjoint'],
    ['Ford City, Pennsylvania', 'Kittanning, Pennsylvania', 'unknown'],
  ])('%s is %s… %s', (a, b, relation) => {
    expect(placeRelation(resolvePlace(a), resolvePlace(b))).toBe(relation);
  });
});

describe('organizations', () => {
  it.each(['ISIS', 'IS', 'ISIL', 'Daesh', 'the Islamic State', 'Islamic State of Iraq and the Levant'])('%s is the Islamic State', (name) => {
    expect(canonicalOrganization(name)).toBe('Islamic State');
  });
});

describe('people', () => {
  it.each([
    ['Abu Khadija', 'Abu Khadijah', true],
    ['Abdallah al-Rifai', 'Abdallah al-Rifaie', true],
    ['Abu Khadija', 'Abu Hajar', false],
    ['Michael Kurilla', 'Michael Kurtz', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameNameVariant(a, b)).toBe(same);
  });

  const claim = (kind: ExtractedClaim['kind'], value: ExtractedClaim['value']): ExtractedClaim => ({
    kind, value, start: 0, end: 1, text: 'x', span: { start: 0, end: 1, line: 1, column: 1 }, sentence: '', sentenceIndex: 0, qualifiers: [], attribution: null, rule: `${kind}/test`,
  });
  const doc = (id: string, claims: ExtractedClaim[]): ExtractedDocument => ({
    id, hash: id, title: null, source: null, url: null, published: null, chars: 1, warnings: [], sentences: [], claims,
  });

  it('gives every name of one person the fullest form known across documents', () => {
    const names = canonicalPeople([
      doc('a', [claim('person', { name: 'Abu Khadija' }), claim('person', { name: 'Kurilla' }), claim('person', { name: 'Michael Erik Kurilla' })]),
      doc('b', [
        claim('person', { name: 'Abdallah Maki Mosleh al-Rifai' }),
        claim('alias', { name: 'Abdallah Maki Mosleh al-Rifai', alias: 'Abu Khadija' }),
        claim('person', { name: 'al-Rifai' }),
      ]),
    ]);
    expect(names.a).toEqual({ 'Abu Khadija': 'Abdallah Maki Mosleh al-Rifai', Kurilla: 'Michael Erik Kurilla', 'Michael Erik Kurilla': 'Michael Erik Kurilla' });
    expect(names.b!['al-Rifai']).toBe('Abdallah Maki Mosleh al-Rifai');
  });

  it('leaves a surname alone when two people share it', () => {
    const names = canonicalPeople([
      doc('a', [claim('person', { name: 'John Smith' }), claim('person', { name: 'Mary Smith' }), claim('person', { name: 'Smith' })]),
    ]);
    expect(names.a!.Smith).toBe('Smith');
  });
});

describe('acronyms a text introduces', () => {
  it('tie the acronym to its long form in every document', async () => {
    const { analyze } = await import('../../src/pipeline.js');
    const { documentFrom } = await import('../helpers/documents.js');
    const result = analyze([
      documentFrom('The raid had support from the Combined Joint Task Force-Operation Inherent Resolve (CJTF-OIR), officials said.', 'a.txt'),
      documentFrom('A CJTF-OIR spokesman confirmed the strike on Friday.', 'b.txt'),
    ]);
    const names = result.claims.filter((c) => c.kind === 'organization').map((c) => [c.text, (c.value as { name: string }).name]);
    expect(names).toContainEqual(['CJTF-OIR', 'Combined Joint Task Force-Operation Inherent Resolve']);
    expect(names.filter(([text]) => text === 'CJTF-OIR')).toHaveLength(2);
  });
});
