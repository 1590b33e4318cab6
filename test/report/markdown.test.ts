import { describe, expect, it } from 'vitest';
import { markdownFormatter, markdownText } from '../../src/report/formatters/markdown.js';
import { formatOptions, sampleReport } from '../helpers/sample-report.js';

const text = markdownFormatter.format(sampleReport(), formatOptions({ paths: { 'a.md': 'news/a.md', 'b.md': 'news/b.md' } }));
const lines = text.split('\n');

describe('markdown formatter', () => {
  it('escapes article text so it stays one inert table cell or list item', () => {
    const safe = markdownText('a | b\nc <script>x</script> @desk #12 **bold** [link](http://x) `code`');
    expect(safe).not.toMatch(/(^|[^\\])\|/);
    expect(safe).not.toContain('\n');
    expect(safe).not.toMatch(/<[a-z/]/i);
    expect(safe).not.toContain('@desk');
    expect(safe).not.toContain('#12');
    expect(safe).toContain('\\*\\*bold\\*\\*');
    expect(safe).toContain('\\[link\\]');
    expect(safe).toContain('\\`code\\`');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('1. item')).toBe('\\1. item');
  });

  it('gives a table per event, slot × source, every row as many cells as the header', () => {
    const table = lines.filter((l) => l.startsWith('| '));
    const header = table.find((l) => l.includes('a.md (Coast Gazette)'))!;
    expect(header).toBe('| Slot | Status | a.md (Coast Gazette) | b.md (Harbor &lt;Times&gt;) |');
    // Unescaped pipes are cell boundaries: each row of E2's table has the header's count.
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    const rows = table.slice(table.indexOf(header), table.indexOf(header) + 4);
    expect(rows.map(cells)).toEqual(rows.map(() => cells(header)));
    expect(text).toContain('| number killed | ❌ contradict | **4** | **6 \\| &lt;b&gt;six&lt;/b&gt;** |');
  });

  it('lists the events with contradictions first, then each contradiction with its quotes', () => {
    expect(text.indexOf('### E2')).toBeLessThan(text.indexOf('### E1'));
    expect(text).toContain('#### Contradictions');
    expect(text).toContain('> `news/a.md:4` “Four were killed in the blast.”');
    expect(text).toContain('> `news/b.md:6` “Six \\| died &lt;script&gt;alert(1)&lt;/script&gt; &#64;desk \\*\\*now\\*\\* said &lt;b&gt;police&lt;/b&gt; &amp; co”');
  });

  it('shows what each relative date was resolved to and against', () => {
    expect(text).toContain('“Friday” → 2025-03-14, resolved against b.md’s publication date 2025-03-15');
  });

  it('says how many contradictions in the heading, in the right number', () => {
    expect(lines[2]).toMatch(/^\*\*2 contradictions\*\*, 0 updates/);
    const one = sampleReport();
    one.summary.contradict = 1;
    expect(markdownFormatter.format(one, formatOptions()).split('\n')[2]).toMatch(/^\*\*1 contradiction\*\*, /);
  });
});
