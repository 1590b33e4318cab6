import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

/** The text of every article (.txt, .md) under fixtures/: real-style news to check rules against. */
export function fixtureArticles(dir = FIXTURES, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) fixtureArticles(full, out);
    else if (/\.(txt|md)$/.test(name)) out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

/** The fixture articles cut at lines and sentence ends, roughly as extraction reads them. */
export const fixtureSentences = (): string[] => fixtureArticles().flatMap((a) => a.split(/\n+|(?<=[.!?]["”’]?)\s+(?=[A-Z"“])/));
