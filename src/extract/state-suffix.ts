// "Longmont, Fla.", "MIDVALE, Utah", "Ford City, Pa.": a US town written with its state. The
// state says which town is meant where the gazetteer knows only a bigger namesake elsewhere or
// none at all (most towns are too small for it), so a place claim keeps it: its name becomes
// "Town, State" (normalize/places.ts reads it back).

/** Associated Press state abbreviations and postal codes as written after a town, → the state's name. */
const ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia',
  'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana',
  'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nebr.': 'Nebraska', 'Nev.': 'Nevada',
  'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina',
  'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'Penn.': 'Pennsylvania',
  'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas',
  'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'W.Va': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wisc.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so that "West Virginia" is read before "Virginia"; case as written ("PA." is no state).
const WRITTEN = [...Object.keys(ABBREVIATIONS), ...STATES, ...STATES.map((s) => s.toUpperCase())].sort((a, b) => b.length - a.length);
const AFTER_TOWN = new RegExp(String.raw`^,[ \t]*(${WRITTEN.map(escape).join('|')})(?![\p{L}])`, 'u');

/** The state written right after a town ("…, Fla."), by its full name, or null. */
export function stateAfter(textAfterTown: string): string | null {
  const written = AFTER_TOWN.exec(textAfterTown)?.[1];
  if (!written) return null;
  return ABBREVIATIONS[written] ?? STATES.find((s) => s.toUpperCase() === written.toUpperCase()) ?? null;
}

/** "Longmont, Florida" → the town and its state; null for a name without a state. */
export function townInState(name: string): { town: string; state: string } | null {
  const comma = name.lastIndexOf(', ');
  if (comma <= 0) return null;
  const state = name.slice(comma + 2);
  return STATES.includes(state) ? { town: name.slice(0, comma), state } : null;
}
