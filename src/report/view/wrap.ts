// Colour escapes take no room on screen: widths are measured without them.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/** How many columns a string takes on a terminal (colour escapes count as none). */
export const visibleWidth = (s: string) => [...s.replace(SGR, '')].length;

/**
 * One line wrapped at word boundaries to `width` columns; continuation lines start with
 * `hang` (the indentation of the line plus `extra`), so a wrapped value still reads as one
 * item. A single word longer than a line stays whole rather than being cut mid-word.
 */
export function wrapLine(line: string, width: number, extra = 2): string[] {
  if (visibleWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const hang = `${indent}${' '.repeat(extra)}`;
  const words = line.slice(indent.length).split(' ');
  const out: string[] = [];
  let current = indent;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? `${current}${word}` : `${current} ${word}`;
    if (!empty && visibleWidth(candidate) > width) {
      out.push(current);
      current = `${hang}${word}`;
    } else {
      current = candidate;
    }
    empty = false;
  }
  out.push(current);
  return out;
}

/** Every line of a text wrapped to `width` columns (at least 20, so nothing degenerates). */
export function wrapText(lines: readonly string[], width: number): string[] {
  const w = Math.max(20, Math.floor(width));
  return lines.flatMap((line) => line.split('\n').flatMap((l) => wrapLine(l, w)));
}
