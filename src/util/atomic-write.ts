import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export class WriteError extends Error {}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target,
 * is flushed to disk, and is renamed into place, so an interrupted run or a full disk leaves
 * the previous file intact. Throws WriteError with a one-line reason. Pieces of text are written
 * a megabyte at a time as they come, so a large file is never held whole.
 */
export async function writeFileAtomic(target: string, text: string | Iterable<string>): Promise<void> {
  const folder = await checkWritable(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (typeof text === 'string') await handle.writeFile(text);
      else {
        let pending = '';
        for (const piece of text) {
          pending += piece;
          if (pending.length >= 1 << 20) {
            await handle.write(pending);
            pending = '';
          }
        }
        await handle.write(pending);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw new WriteError(`cannot write ${target}: ${code(error)}`);
  }
}

/** Throws WriteError when `target` is a folder or its folder does not exist; returns the folder. */
export async function checkWritable(target: string): Promise<string> {
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) throw new WriteError(`cannot write ${target}: it is a folder`);
  const folder = path.dirname(path.resolve(target));
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) throw new WriteError(`cannot write ${target}: no folder ${path.dirname(target) || '.'}`);
  return folder;
}
