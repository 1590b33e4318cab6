import type { FailOn } from './fail-on.js';

/**
 * What a newsroom sets once for its repository (claimcheck.config.json, .claimcheckrc.json or
 * the "claimcheck" key of package.json). Paths in it are relative to the file that holds it.
 */
export interface Settings {
  /** Globs of the articles to check inside a folder given (default: every *.txt, *.md, *.markdown, *.html). */
  include?: string[];
  /** Globs of files never checked (drafts, templates). */
  exclude?: string[];
  /** Folders of already published articles that given files are checked against. */
  archive?: string[];
  failOn?: FailOn;
  format?: string;
  /** Canonical name → the other spellings the desk uses, per kind of name. */
  people?: Record<string, string[]>;
  organizations?: Record<string, string[]>;
  places?: Record<string, string[]>;
  /** Extra lines that are web boilerplate on the desk's sources: regular expressions, one line each. */
  boilerplate?: string[];
  /** The baseline file of accepted findings. */
  baseline?: string;
}

/** Settings and the folder that paths in them are relative to. */
export interface LoadedSettings {
  settings: Settings;
  /** The file they were read from, or null for none. */
  file: string | null;
  /** Absolute folder of that file (the working directory when there is none). */
  folder: string;
}

export class SettingsError extends Error {}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isTable = (v: unknown): v is Record<string, string[]> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isStrings);

/** Each key: what it must be, said in the error, and the check. */
const KEYS: Record<keyof Settings, [string, (v: unknown) => boolean]> = {
  include: ['a list of globs', isStrings],
  exclude: ['a list of globs', isStrings],
  archive: ['a list of folders', isStrings],
  failOn: ['one of "contradict", "update", "never"', (v) => v === 'contradict' || v === 'update' || v === 'never'],
  format: ['the name of an output format', (v) => typeof v === 'string'],
  people: ['{"Canonical name": ["other spelling", …]}', isTable],
  organizations: ['{"Canonical name": ["other spelling", …]}', isTable],
  places: ['{"Canonical name": ["other spelling", …]}', isTable],
  boilerplate: ['a list of regular expressions', (v) => isStrings(v) && v.every(validRegExp)],
  baseline: ['a file name', (v) => typeof v === 'string' && v.trim() !== ''],
};

function validRegExp(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

/** Checks parsed JSON against the settings' shape; throws SettingsError naming the first bad key. */
export function validateSettings(data: unknown, where: string): Settings {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new SettingsError(`${where}: expected a JSON object of settings`);
  for (const [key, value] of Object.entries(data)) {
    // "$schema" lets editors find schema/config.schema.json; it is no setting.
    if (key === '$schema') continue;
    const rule = KEYS[key as keyof Settings];
    if (!rule) throw new SettingsError(`${where}: unknown key "${key}" (known: ${Object.keys(KEYS).join(', ')})`);
    if (!rule[1](value)) throw new SettingsError(`${where}: "${key}" must be ${rule[0]}`);
  }
  const { $schema: _schema, ...settings } = data as Settings & { $schema?: unknown };
  return settings;
}

export const SETTING_KEYS = Object.keys(KEYS);
