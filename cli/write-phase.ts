// The last phase of `migrate`: every new content is written atomically (a crash never leaves half a
// file), or with --dry shown as a unified diff. Right before a file is replaced, its bytes are read again
// and compared with those the run started from: a file saved in an editor meanwhile is left as it is now
// and listed, never overwritten. The output is encoded like the original (BOM, CRLF). A moved file is
// written under its new name without ever replacing a file there (a hard link of a complete temporary
// file, which fails when the name is taken), and only then removed from its old place.
import { readFileSync } from 'node:fs';
import { chmod, link, mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import writeFileAtomic from 'write-file-atomic';
import { isFile } from '../core/source-file.ts';
import { encodeOutput } from './files.ts';
import type { Ledger } from './ledger.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function writeAll(ledger: Ledger, dry: boolean): Promise<void> {
  for (const file of ledger.pending()) {
    const name = ledger.rel(file.path);
    if (dry) {
      const diff = file.created
        ? createTwoFilesPatch('/dev/null', name, '', file.output, undefined, undefined, { context: 3 })
        : createTwoFilesPatch(name, file.movedTo === undefined ? name : ledger.rel(file.movedTo), file.original?.text ?? '', file.output, undefined, undefined, { context: 3 });
      ledger.setDiff(file.path, diff);
      continue;
    }
    if (file.created) {
      try {
        await mkdir(dirname(file.path), { recursive: true });
        if (isFile(file.path)) throw new Error('it exists already'); // never overwrite (the plan checked it too)
        await writeFileAtomic(file.path, file.output);
      } catch (error) {
        ledger.fail(file.path, `cannot create the file: ${message(error)}`);
      }
      continue;
    }
    const original = file.original!;
    let now: Buffer;
    try {
      now = readFileSync(file.path);
    } catch (error) {
      ledger.fail(file.path, `cannot read the file again before writing it: ${message(error)}`, null, file.changedBy);
      continue;
    }
    if (!now.equals(original.bytes)) {
      ledger.fail(file.path, 'changed during the run (saved by another program): left as it is now; run migrate again', null, file.changedBy);
      continue;
    }
    if (file.movedTo !== undefined) {
      const failure = await moveFile(file.path, file.movedTo, encodeOutput(file.output, original));
      if (failure) ledger.fail(file.path, `cannot move the file to ${ledger.rel(file.movedTo)}: ${failure}`, null, file.changedBy);
      continue;
    }
    try {
      await writeFileAtomic(file.path, encodeOutput(file.output, original));
    } catch (error) {
      ledger.fail(file.path, `cannot write the file: ${message(error)}`, null, file.changedBy);
    }
  }
}

/** Writes `bytes` at `to` unless something is there, then removes `from`; the reason when it could not. */
async function moveFile(from: string, to: string, bytes: Buffer): Promise<string | undefined> {
  const temporary = join(dirname(to), `.${basename(to)}.supabase-auth-${process.pid}`);
  try {
    await mkdir(dirname(to), { recursive: true });
    await writeFile(temporary, bytes);
    await chmod(temporary, (await stat(from)).mode); // the moved file keeps its permissions
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return message(error);
  }
  try {
    await link(temporary, to); // EEXIST when a file appeared there during the run: nothing is replaced
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file exists there (left as it is, and so is this one)' : message(error);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  try {
    await unlink(from);
  } catch (error) {
    await unlink(to).catch(() => undefined); // keep one copy only: the original, as it was
    return `cannot remove it from its old place: ${message(error)}`;
  }
  return undefined;
}
