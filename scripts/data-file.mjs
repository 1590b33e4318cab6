// Shared end of the scripts that generate a data file shipped with the tool (build-cities,
// build-lexicon): write it, or with --check fail when the file is not what the script builds.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeOrCheck(file, text, { root, script }) {
  const shown = path.relative(root, file);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${shown} is not what ${script} builds: run node ${script}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(file, text);
  console.log(`written: ${shown} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB)`);
}
