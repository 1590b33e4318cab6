import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { SettingsError, validateSettings, type LoadedSettings, type Settings } from './settings.js';

/** Where settings may live in one folder, in the order they are looked for (as ESLint and markdownlint-cli2 do). */
export const SETTINGS_FILES = ['claimcheck.config.json', '.claimcheckrc.json', 'package.json'] as const;

const exists = async (file: string) => (await stat(file).catch(() => null))?.isFile() ?? false;
const isFolder = async (file: string) => (await stat(file).catch(() => null))?.isDirectory() ?? false;

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SettingsError(`cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    // A byte-order mark is how some Windows editors save UTF-8: not an error.
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new SettingsError(`${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Reads one settings file; package.json gives its "claimcheck" key, or null when it has none. */
export async function readSettingsFile(file: string): Promise<Settings | null> {
  const data = await readJson(file);
  if (path.basename(file) === 'package.json') {
    const own = (data as { claimcheck?: unknown } | null)?.claimcheck;
    return own === undefined ? null : validateSettings(own, `${file} "claimcheck"`);
  }
  return validateSettings(data, file);
}

/** The folder every given path lies in (the deepest one they share). */
export function commonFolder(paths: string[], cwd: string): string {
  const folders = paths.map((p) => path.resolve(cwd, p));
  let common = folders[0] ?? cwd;
  for (const folder of folders.slice(1)) {
    while (common !== path.dirname(common) && !(folder === common || folder.startsWith(`${common}${path.sep}`))) common = path.dirname(common);
  }
  return common;
}

/**
 * Looks for settings from `start` upward: the nearest folder holding a settings file wins, and
 * the search stops at the repository root (the folder holding .git) or the file-system root.
 */
export async function findSettings(start: string, cwd: string): Promise<LoadedSettings> {
  let folder = (await isFolder(start)) ? start : path.dirname(start);
  for (;;) {
    for (const name of SETTINGS_FILES) {
      const file = path.join(folder, name);
      if (!(await exists(file))) continue;
      const settings = await readSettingsFile(file);
      if (settings) return { settings, file: path.relative(cwd, file) || file, folder };
    }
    const parent = path.dirname(folder);
    if (parent === folder || (await exists(path.join(folder, '.git'))) || (await isFolder(path.join(folder, '.git')))) break;
    folder = parent;
  }
  return { settings: {}, file: null, folder: cwd };
}

export interface SettingsChoice {
  /** --config FILE */
  config?: string;
  /** --no-config */
  noConfig?: boolean;
}

/** The settings of a run: --config, none with --no-config, else found from the checked paths' folder upward. */
export async function loadSettings(paths: string[], choice: SettingsChoice, cwd: string): Promise<LoadedSettings> {
  if (choice.noConfig) return { settings: {}, file: null, folder: cwd };
  if (choice.config) {
    const file = path.resolve(cwd, choice.config);
    const settings = await readSettingsFile(file);
    return { settings: settings ?? {}, file: choice.config, folder: path.dirname(file) };
  }
  // A glob is looked up from its base folder ('articles' of 'articles/**/*.md').
  const onDisk = paths.filter((p) => p !== '-').map((p) => (picomatch.scan(p).isGlob ? picomatch.scan(p).base || '.' : p));
  return findSettings(commonFolder(onDisk.length ? onDisk : ['.'], cwd), cwd);
}
