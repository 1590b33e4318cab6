import Ajv from 'ajv';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validReport } from '../helpers/cli.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { deskNames } from '../../src/normalize/desk-names.js';
import { loadSettings } from '../../src/settings/find-settings.js';
import { SETTING_KEYS } from '../../src/settings/settings.js';
import { cliIn, scratch } from './scratch.js';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schema/config.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);

describe('settings found like other linters', () => {
  it.each([
    ['claimcheck.config.json', (s: object) => JSON.stringify(s)],
    ['.claimcheckrc.json', (s: object) => JSON.stringify(s)],
    ['package.json', (s: object) => JSON.stringify({ name: 'desk', claimcheck: s })],
  ])('%s, searched upward from the checked files to the repository root', async (name, text) => {
    const dir = scratch({ [name]: text({ failOn: 'never' }) });
    const found = await loadSettings(['archive/river-post.md'], {}, dir);
    expect(found.file).toBe(name);
    expect(found.settings).toEqual({ failOn: 'never' });
    expect(found.folder).toBe(dir);
  });

  it('the nearest folder wins, and the search stops at the repository root', async () => {
    const dir = scratch({ 'claimcheck.config.json': '{"failOn": "never"}', 'archive/.claimcheckrc.json': '{"failOn": "update"}' });
    expect((await loadSettings(['archive/river-post.md'], {}, dir)).settings).toEqual({ failOn: 'update' });
    mkdirSync(path.join(dir, 'archive/.git'));
    renameSync(path.join(dir, 'archive/.claimcheckrc.json'), path.join(dir, 'archive/gone.json'));
    expect((await loadSettings(['archive/river-post.md'], {}, dir)).file).toBeNull();
  });

  it('a package.json without a "claimcheck" key is passed over', async () => {
    const dir = scratch({ 'package.json': '{"name": "desk"}', 'stories/fire/agrees.md': 'Three people were killed.' });
    writeFileSync(path.join(dir, 'stories/claimcheck.config.json'), '{"failOn": "update"}');
    writeFileSync(path.join(dir, 'stories/fire/package.json'), '{"name": "fire"}');
    expect((await loadSettings(['stories/fire/agrees.md'], {}, dir)).file).toBe(path.join('stories', 'claimcheck.config.json'));
  });

  it('failOn from the settings decides the exit code; --fail-on wins; --no-config ignores them', async () => {
    const dir = scratch({ 'claimcheck.config.json': '{"failOn": "never", "format": "json"}' });
    const run = await cliIn(dir, ['contradicts.md', 'agrees.md']);
    expect(run.code).toBe(0);
    validReport(run.stdout);
    expect((await cliIn(dir, ['contradicts.md', 'agrees.md', '--fail-on', 'contradict'])).code).toBe(1);
    expect((await cliIn(dir, ['contradicts.md', 'agrees.md', '--no-config'])).code).toBe(1);
  });

  it('--config names the file to use', async () => {
    const dir = scratch({ 'settings/strict.json': '{"failOn": "never"}' });
    expect((await cliIn(dir, ['contradicts.md', 'agrees.md', '--config', 'settings/strict.json'])).code).toBe(0);
  });

  it.each([
    ['{"failon": "never"}', /claimcheck\.config\.json: unknown key "failon" \(known: include, exclude, archive/],
    ['{"failOn": "sometimes"}', /"failOn" must be one of "contradict", "update", "never"/],
    ['{"archive": "archive"}', /"archive" must be a list of folders/],
    ['{"boilerplate": ["(unclosed"]}', /"boilerplate" must be a list of regular expressions/],
    ['{"format": "xml"}', /"format" must be one of .*not "xml"/],
    ['{"people": {"Maria Lopez": "M. Lopez"}}', /"people" must be \{"Canonical name"/],
    ['{not json', /claimcheck\.config\.json is not valid JSON/],
  ])('a bad setting %s is one line naming it, exit 2', async (text, message) => {
    const dir = scratch({ 'claimcheck.config.json': text });
    const run = await cliIn(dir, ['contradicts.md', 'agrees.md']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('the JSON Schema in schema/ accepts every key and rejects an unknown one', () => {
    const full = {
      $schema: './node_modules/claimcheck/schema/config.schema.json',
      include: ['**/*.md'], exclude: ['drafts/**'], archive: ['archive'], failOn: 'update', format: 'json',
      people: { 'Maria Lopez': ['M. Lopez'] }, organizations: { 'Dayton Fire Department': ['DFD'] }, places: { Dayton: ['Gem City'] },
      boilerplate: ['^Breaking news$'], baseline: '.claimcheck-baseline.json',
    };
    expect(validate(full)).toBe(true);
    expect(validate({ failon: 'never' })).toBe(false);
    // The schema and the checks claimcheck runs know the same keys.
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual([...SETTING_KEYS].sort());
  });
});

describe('the desk\'s names and boilerplate', () => {
  it('canonical names for people and places map every listed spelling', () => {
    const name = deskNames({ 'Maria Lopez': ['M. Lopez', 'Chief Lopez'] });
    expect(['M. Lopez', 'chief  lopez', 'Maria Lopez', 'Ana Lopez'].map(name)).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez', 'Ana Lopez']);
  });

  it('a place spelled the desk\'s way is one place with the canonical one', async () => {
    const dir = scratch({
      'claimcheck.config.json': JSON.stringify({ places: { Dayton: ['Daytonville'] } }),
      'variant.md': readFileSync(path.join(scratch(), 'agrees.md'), 'utf8').replace(/in Dayton/g, 'in Daytonville'),
    });
    const report = validReport((await cliIn(dir, ['variant.md', 'archive/river-post.md', '--format', 'json'])).stdout);
    const place = report.claims.filter((c) => c.kind === 'place' && c.document === 'variant.md' && c.text === 'Daytonville');
    expect(place.length).toBeGreaterThan(0);
    expect(place[0]!.value).toMatchObject({ name: 'Dayton' });
  });

  it('extra boilerplate lines are blanked, offsets kept', () => {
    const text = 'Breaking: live updates\nThree people were killed.\n';
    const doc = ingestDocument('a.md', new TextEncoder().encode(text), { boilerplate: [/^breaking:/i] });
    expect(doc.clean).toBe(`${' '.repeat(22)}\nThree people were killed.\n`);
  });
});
