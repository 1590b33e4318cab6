import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  /** Path relative to the folder given (POSIX separators), or the file name as given. */
  id: string;
  absolute: string;
  /** Its real path (links resolved): the same article under two ids is one. */
  real: string;
}

export interface FoundFiles {
  files: InputFile[];
  /** One line per folder or link that could not be searched: the run goes on without it. */
  warnings: string[];
  /** Files inside the folders searched that are not articles (another extension), as ids. */
  skipped: string[];
}

export class InputError extends Error {}

export const ARTICLE_PATTERNS = ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm'];
const ARTICLE = /\.(txt|md|markdown|html?)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
const toPosix = (p: string) => p.split(path.sep).join('/').replace(/^\.\//, '').replace(/\/$/, '');
const byId = (a: InputFile, b: InputFile) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Walks one folder for articles, skipping node_modules, .git and dot-folders. Symbolic links
 * are followed, a folder already on the path (a loop) or already searched is not entered
 * again, and an unreadable folder is a warning, not a failed run. Synchronous: the run waits
 * for the list anyway, and a trip through the thread pool for each folder's realpath and
 * readdir cost more than the calls (1,000 articles in 330 folders: most of a warm run's wait).
 */
function walk(root: string, seenFolders: Set<string>, warnings: string[], skipped: string[]): string[] {
  const found: string[] = [];
  const rootReal = realpathSync.native(root);
  const visit = (rel: string): void => {
    const dir = path.join(root, rel);
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch (error) {
      warnings.push(`cannot search ${toPosix(dir)}: ${code(error)}: skipped`);
      return;
    }
    if (seenFolders.has(real)) return;
    // A link to the root folder, or to a folder above the one given, would search the whole disk.
    if (rel && (path.dirname(real) === real || rootReal.startsWith(`${real}${path.sep}`))) {
      warnings.push(`${toPosix(dir)} links to ${real}, a folder above the one given: skipped`);
      return;
    }
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warnings.push(`cannot search ${toPosix(dir)}: ${code(error)}: skipped`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? path.join(rel, entry.name) : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path.join(root, child));
        } catch (error) {
          target = error as Error;
        }
        if (target instanceof Error) {
          warnings.push(`cannot follow link ${toPosix(path.join(root, child))}: ${code(target)}: skipped`);
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir && !SKIPPED_FOLDERS.has(entry.name)) visit(child);
      else if (isFile) (ARTICLE.test(entry.name) ? found : skipped).push(child);
    }
  };
  visit('');
  return found;
}

/** A file's real path, or the path itself when it cannot be resolved. */
export function realOf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/**
 * Walks folders for articles and takes files as given. Throws InputError, a one-line message
 * for the user, on a missing path or the root folder. A file reached twice (the same folder
 * under two spellings, a link to a file already found) is checked once, under its first id.
 */
export async function findFiles(paths: string[], cwd = process.cwd(), options: { prefixIds?: boolean } = {}): Promise<FoundFiles> {
  // One folder given: ids relative to it. Several paths (or prefixIds): ids keep the path as given.
  const prefix = paths.length > 1 || options.prefixIds === true;
  const files: InputFile[] = [];
  const warnings: string[] = [];
  const skipped: string[] = [];
  const seenFolders = new Set<string>();
  for (const given of paths) {
    // File operations go to `at`; ids and messages keep the path as given.
    const at = path.isAbsolute(given) || cwd === process.cwd() ? given : path.relative(process.cwd(), path.resolve(cwd, given)) || '.';
    const info = await stat(at).catch(async (error: unknown) => {
      // A dangling or looping link is an error about the path, not a crash.
      const link = await lstat(at).catch(() => null);
      if (link?.isSymbolicLink()) throw new InputError(`cannot follow link ${given}: ${code(error)}`);
      if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new InputError(`cannot read ${given}: EACCES`);
      return null;
    });
    if (!info) throw new InputError(`no such file or folder: ${given}`);
    if (info.isDirectory()) {
      const real = await realpath(at);
      if (path.dirname(real) === real) throw new InputError(`${given} is the root folder ${real}: give the folder that holds the articles`);
      const idOf = (rel: string) => (prefix ? path.posix.join(toPosix(given), toPosix(rel)) : toPosix(rel));
      const others: string[] = [];
      const found = walk(at, seenFolders, warnings, others);
      for (const rel of found) files.push({ id: idOf(rel), absolute: path.resolve(at, rel), real: '' });
      skipped.push(...others.map(idOf));
    } else if (info.isFile()) {
      files.push({ id: toPosix(prefix ? given : path.basename(given)), absolute: path.resolve(at), real: '' });
    } else {
      throw new InputError(`not a file or folder: ${given}`);
    }
  }
  // The same file under two ids (two spellings of a folder, a link) is one article.
  const unique = new Map<string, InputFile>();
  for (const file of files) {
    // Synchronous: one a file, a promise's trip through the thread pool costs several times the call.
    file.real = realOf(file.absolute);
    if (!unique.has(file.real)) unique.set(file.real, file);
  }
  const byIds = new Map([...unique.values()].map((f) => [f.id, f]));
  return { files: [...byIds.values()].sort(byId), warnings, skipped: skipped.sort() };
}
