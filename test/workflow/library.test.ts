import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, InputError, SettingsError, VERSION } from '../../src/index.js';
import { cliIn, scratch } from './scratch.js';

describe('library API', () => {
  it('VERSION is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });

  it('check() returns the report --format json prints, accepted findings marked', async () => {
    const dir = scratch();
    await cliIn(dir, ['contradicts.md', '--against', 'archive', '--write-baseline', 'baseline.json']);
    const args = ['agrees.md', 'contradicts.md'];
    const report = await check(args, { cwd: dir, against: ['archive'], baseline: 'baseline.json' });
    const printed = JSON.parse((await cliIn(dir, [...args, '--against', 'archive', '--baseline', 'baseline.json', '--format', 'json'])).stdout);
    expect(JSON.parse(JSON.stringify(report))).toEqual(printed);
    expect(report.findings.filter((f) => f.accepted).map((f) => f.slot)).toEqual(['casualty.killed']);
  });

  it('rejects bad input and bad settings with one-line errors', async () => {
    const dir = scratch({ '.claimcheckrc.json': '{"archives": ["archive"]}' });
    await expect(check('missing.md', { cwd: dir, noConfig: true })).rejects.toBeInstanceOf(InputError);
    await expect(check('agrees.md', { cwd: dir })).rejects.toThrow(SettingsError);
    await expect(check('agrees.md', { cwd: dir })).rejects.toThrow(/unknown key "archives"/);
  });
});
