// Canonical names of organizations: every spelling a text may use → one name.
const CANONICAL: Record<string, string> = {
  isis: 'Islamic State',
  isil: 'Islamic State',
  is: 'Islamic State',
  daesh: 'Islamic State',
  'islamic state': 'Islamic State',
  'the islamic state': 'Islamic State',
  'islamic state of iraq and syria': 'Islamic State',
  'islamic state of iraq and the levant': 'Islamic State',
  'islamic state in iraq and syria': 'Islamic State',
};

export function canonicalOrganization(name: string): string {
  const key = name.trim().replace(/^the\s+/i, '').toLowerCase();
  return CANONICAL[key] ?? CANONICAL[`the ${key}`] ?? name.trim().replace(/^the\s+/i, '');
}
