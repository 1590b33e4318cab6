import fg from 'fast-glob';
import { stat } from 'node:fs/promises';
import path from 'node:path';
export class InputError extends Error {
}
export const ARTICLE_PATTERNS = ['**/*.txt', '**/*.md', '**/*.markdown'];
/**
 * Walks folders for articles (skipping node_modules, .git and dot-folders) and takes
 * files as given. Throws InputError, a one-line message for the user, on a missing path.
 */
export async function findFiles(paths) {
    const files = [];
    for (const given of paths) {
        const info = await stat(given).catch(() => null);
        if (!info)
            throw new InputError(`no such file or folder: ${given}`);
        if (info.isDirectory()) {
            const found = await fg(ARTICLE_PATTERNS, {
                cwd: given,
                dot: false,
                onlyFiles: true,
                followSymbolicLinks: false,
                ignore: ['**/node_modules/**', '**/.git/**'],
                caseSensitiveMatch: false,
            });
            for (const rel of found.sort()) {
                const id = paths.length > 1 ? path.posix.join(toPosix(given), rel) : rel;
                files.push({ id, absolute: path.resolve(given, rel) });
            }
        }
        else if (info.isFile()) {
            files.push({ id: toPosix(paths.length > 1 ? given : path.basename(given)), absolute: path.resolve(given) });
        }
        else {
            throw new InputError(`not a file or folder: ${given}`);
        }
    }
    const unique = new Map(files.map((f) => [f.id, f]));
    return [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
const toPosix = (p) => p.split(path.sep).join('/').replace(/^\.\//, '').replace(/\/$/, '');
//# sourceMappingURL=find-files.js.map