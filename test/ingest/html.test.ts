import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/ingest/html.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { cli, validReport } from '../helpers/cli.js';

const PAGE = path.resolve(__dirname, '../../fixtures/workflow-html/metro.html');

describe('HTML articles', () => {
  it('keeps the article text at its offsets and blanks tags, scripts, styles and page furniture', () => {
    const text = '<p>Three &amp; two</p><script>var killed = 12;</script>\n<nav>Home</nav><p>were hurt.</p>';
    const { clean } = readHtml(text);
    expect(clean).toHaveLength(text.length);
    expect(clean.slice(3, 18)).toBe('Three &     two');
    expect(clean).not.toMatch(/killed|Home|<|>/);
    expect(clean.indexOf('were hurt.')).toBe(text.indexOf('were hurt.'));
  });

  it('reads only the main text when the page marks it, and the metadata of its head', () => {
    const page = readHtml(readFileSync(PAGE, 'utf8'));
    expect(page.clean).toMatch(/Five people were killed when a fire tore {3}through a warehouse/);
    expect(page.clean).not.toMatch(/Springfield|Toledo|Metro Daily|track/);
    expect({ ...page, clean: undefined }).toEqual({
      clean: undefined, title: 'Five killed in Dayton warehouse fire | Metro Daily', source: 'Metro Daily',
      url: 'https://metro.example/dayton-fire', published: '2026-05-04T08:15:00Z',
    });
  });

  it('block elements end sentences; a line break inside a paragraph does not', () => {
    const doc = ingestDocument('a.html', new TextEncoder().encode('<h1>Fire in Dayton</h1><p>Five people\nwere killed.</p>'));
    expect(doc.clean.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['Fire in Dayton', 'Five people were killed.']);
    expect(doc.published).toBeNull();
  });

  it('beside .md articles: claims quote file:line of the page, and nothing from its scripts, menus or asides', async () => {
    const text = readFileSync(PAGE, 'utf8');
    const run = await cli([PAGE, 'fixtures/workflow/archive', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = validReport(run.stdout);
    const page = report.documents.find((d) => d.id.endsWith('metro.html'))!;
    expect(page).toMatchObject({ source: 'Metro Daily', published: '2026-05-04' });
    const claims = report.claims.filter((c) => c.document === page.id);
    for (const c of claims) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      expect(text.slice(0, c.span.start).split('\n').length).toBe(c.span.line);
      expect(c.sentence).not.toMatch(/[<>]/);
    }
    expect(claims.find((c) => c.kind === 'casualty' && c.text === 'Five people were killed')?.span.line).toBe(16);
    expect(claims.some((c) => /Springfield|Toledo|Twelve|Seven/.test(c.text))).toBe(false);
    expect(report.findings.find((f) => f.status === 'contradict')?.slot).toBe('casualty.killed');
  });
});

describe('hostile pages stay linear', () => {
  it.each([
    ['unclosed disable comments', '<!-- claimcheck-disable casualty '.repeat(30_000)],
    ['unclosed tags', '<div class="x" '.repeat(30_000)],
    ['entities without end', '&amp'.repeat(100_000)],
  ])('%s', (_, text) => {
    const began = performance.now();
    ingestDocument('hostile.html', new TextEncoder().encode(text));
    expect(performance.now() - began).toBeLessThan(5_000);
  });
});
