import ignore from 'ignore';
import picomatch from 'picomatch';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findFiles, InputError, realOf, type InputFile } from '../ingest/find-files.js';

/** The file whose lines (gitignore syntax) name files never checked, beside the settings. */
export const IGNORE_FILE = '.claimcheckignore';

export interface SelectRequest {
  /** Files, folders and globs from the command line ('-' taken out). */
  paths: string[];
  /** Archive folders the given files are checked against (absolute or relative to `cwd`). */
  archive: string[];
  /** Globs, relative to `base`, of the articles taken from the folders given (default: every article; the archive is taken whole). */
  include?: string[];
  /** Globs, relative to `base`, of files never checked. */
  exclude?: string[];
  /** The folder of the settings: include, exclude and .claimcheckignore are relative to it. */
  base: string;
  cwd: string;
}

export interface SelectedFile extends InputFile {
  /** Given on the command line (not only found in the archive). */
  given: boolean;
}

export interface Selection {
  files: SelectedFile[];
  warnings: string[];
  /** Files passed over, each with why (another extension, excluded, ignored): said with --verbose. */
  skipped: string[];
}

/** Paths in reports and baselines use / on every system. */
export const toPosix = (p: string) => p.split(path.sep).join('/');
const exists = async (p: string) => (await stat(p).catch(() => null)) !== null;
const isGlob = (p: string) => picomatch.scan(p).isGlob;

/** A glob from the command line → the article files under its base folder that it matches. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base } = picomatch.scan(pattern);
  const folder = base || '.';
  if (!(await exists(path.resolve(cwd, folder)))) throw new InputError(`no such folder: ${folder} (from ${pattern})`);
  const match = picomatch(pattern.replace(/^\.\//, ''), { dot: false });
  const { files } = await findFiles([path.resolve(cwd, folder)], cwd);
  return files
    .map((f) => toPosix(path.relative(cwd, f.absolute)))
    .filter((rel) => match(rel))
    .sort();
}

async function readIgnoreFile(base: string): Promise<ReturnType<typeof ignore> | null> {
  const text = await readFile(path.join(base, IGNORE_FILE), 'utf8').catch(() => null);
  return text === null ? null : ignore().add(text);
}

/**
 * The articles of a run: given files, folders and globs, and the archive folders; minus what
 * exclude and .claimcheckignore name, and, inside folders, what include does not.
 */
export async function selectFiles(request: SelectRequest): Promise<Selection> {
  const { cwd, base } = request;
  const given: string[] = [];
  for (const p of request.paths) {
    if (isGlob(p) && !(await exists(path.resolve(cwd, p)))) {
      const matched = await expandGlob(p, cwd);
      if (!matched.length) throw new InputError(`no articles match ${p}`);
      given.push(...matched);
    } else {
      given.push(p);
    }
  }
  const inRun = (p: string) => path.relative(cwd, path.resolve(cwd, p)) || '.';
  const archive = request.archive.map(inRun);
  // With an archive, ids keep the paths as given, so the archive's files read archive/…, whatever else is given.
  const found = await findFiles([...given, ...archive], cwd, { prefixIds: archive.length > 0 });
  const givenFiles = archive.length ? (await findFiles(given, cwd, { prefixIds: true })).files : found.files;
  const givenReal = new Set(givenFiles.map((f) => f.real));
  const named = new Set(await Promise.all(given.map(async (p) => {
    const at = path.resolve(cwd, p);
    return (await stat(at).catch(() => null))?.isFile() ? realOf(at) : '';
  })));

  const ignored = await readIgnoreFile(base);
  const include = request.include?.length ? picomatch(request.include, { dot: true }) : null;
  const exclude = request.exclude?.length ? picomatch(request.exclude, { dot: true }) : null;
  const skipped = found.skipped.map((id) => `${id}: not an article (.txt, .md, .markdown, .html)`);
  const files: SelectedFile[] = [];
  for (const file of found.files) {
    const rel = toPosix(path.relative(base, file.absolute));
    const inside = !rel.startsWith('../') && !path.isAbsolute(rel);
    const real = file.real;
    const isGiven = givenReal.has(real);
    if (inside && ignored?.ignores(rel)) skipped.push(`${file.id}: ignored by ${IGNORE_FILE}`);
    else if (inside && exclude?.(rel)) skipped.push(`${file.id}: excluded by the settings' "exclude"`);
    // "include" picks articles out of the folders given; a file named, or the archive, is taken whole.
    else if (inside && include && isGiven && !named.has(real) && !include(rel)) skipped.push(`${file.id}: not in the settings' "include"`);
    else files.push({ ...file, given: isGiven });
  }
  return { files, warnings: found.warnings, skipped };
}
