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
export async function writeFileAtomic(target: string, text: string | Iterable<string | Uint8Array>): Promise<void> {
  const folder = await checkWritable(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (typeof text === 'string') await handle.writeFile(text);
      else {
        // Bytes as they are; text encoded once, a piece at a time.
        let pending: Uint8Array[] = [];
        let size = 0;
        for (const piece of text) {
          const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
          pending.push(bytes);
          size += bytes.length;
          if (size >= 1 << 20) {
            await handle.write(Buffer.concat(pending, size));
            pending = [];
            size = 0;
          }
        }
        if (size) await handle.write(Buffer.concat(pending, size));
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
