// Moving an entry file Next never runs to the place where it runs (issue #9 item 5): `src/app/middleware.ts`,
// `src/middleware/middleware.ts`, a root `middleware.ts` in an app that lives in `src/`, a `proxy.ts` on
// Next ≤ 15. Only when nothing can go wrong: one target (core/next.ts `entryMoveTarget`), no file there
// or beside it under the other entry name (Next 16 fails the build on a middleware + proxy pair), no other
// entry file Next does not run (which of them should run is the author's call), an export Next runs under
// the new name (and no `runtime` in a proxy, a build error once it runs), and every relative module
// specifier rewritable so it names the same module from the new folder. Everything else is a reason, for
// the review item.
import { dirname, join, posix, relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { DEFAULT_PAGE_EXTENSIONS, entryExportsRun, entryMoveTarget, misplacedEntryPaths, PROXY_FORBIDDEN_CONFIG, type EntryName } from '../../core/next.ts';
import { isFile, isInside, SOURCE_EXTENSIONS, toPosix } from '../../core/source-file.ts';
import { replaceRange, type TextEdit } from '../lib/edits.ts';
import type { ProjectInfo } from '../lib/types.ts';
import { configKeys, exportNames, readSpecifiers } from './read.ts';

export type MovePlan = { kind: 'move'; to: string; edits: TextEdit[] } | { kind: 'keep'; why: string };

/** `../lib/x` written in `from` (a folder), as it must be written in `to` to name the same module. */
function respecify(specifier: string, from: string, to: string): string {
  const target = posix.join(toPosix(from), specifier);
  const rewritten = posix.relative(toPosix(to), target) || '.';
  const withDot = rewritten.startsWith('.') ? rewritten : `./${rewritten}`;
  return specifier.endsWith('/') && !withDot.endsWith('/') ? `${withDot}/` : withDot;
}

const isRelative = (specifier: string) => specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');

/** Files at `<stem>.<ext>` for every extension a source file or a page may have. */
function filesAt(root: string, stem: string, pageExtensions: readonly string[]): string[] {
  const extensions = new Set([...SOURCE_EXTENSIONS.map((e) => e.slice(1)), ...pageExtensions]);
  return [...extensions].map((ext) => join(root, `${stem}.${ext}`)).filter((file) => isFile(file));
}

/**
 * Where the file at `path` (in `program`) can move so that Next runs it, with the specifier edits that keep
 * its imports right, or why it stays. `moveWithin`: the folders the caller can move files into.
 */
export function planMove(path: string, program: TSESTree.Program, project: ProjectInfo, moveWithin: readonly string[] | undefined): MovePlan {
  const { root } = project;
  const layout = { srcDir: project.srcDir, pageExtensions: project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS };
  const relPath = toPosix(relative(root, path));
  const target = entryMoveTarget(relPath, layout, project.nextMajor);
  if (target === undefined) return { kind: 'keep', why: 'where it should go depends on how the app is laid out, which is not clear here' };
  const to = join(root, target);
  if (moveWithin === undefined) return { kind: 'keep', why: 'this run cannot move files; `npx supabase-auth migrate` can' };
  if (!moveWithin.some((dir) => isInside(to, dir))) return { kind: 'keep', why: `\`${target}\` lies outside the paths given to migrate; run it on the app root` };

  const targetDir = posix.dirname(target) === '.' ? '' : `${posix.dirname(target)}/`;
  const taken = (['middleware', 'proxy'] as const).flatMap((name) => filesAt(root, `${targetDir}${name}`, layout.pageExtensions)).filter((file) => file !== path);
  if (taken.length > 0) return { kind: 'keep', why: `\`${toPosix(relative(root, taken[0]!))}\` exists already: merge what this file does into it, then delete this file` };
  const others = misplacedEntryPaths(layout).filter((rel) => rel !== relPath && isFile(join(root, rel)));
  if (others.length > 0) return { kind: 'keep', why: `\`${others[0]}\` is another entry file Next does not run: keep the one that should run, move it to \`${target}\`, and delete the other` };

  const name = posix.basename(target).split('.')[0] as EntryName;
  const exports = exportNames(program);
  if (!entryExportsRun(exports, name)) {
    return { kind: 'keep', why: `in \`${target}\` Next runs only the default export or the function exported as \`${name}\`, and this file has neither: rename its function \`${name}\`, then move it` };
  }
  if (name === 'proxy' && (exports.includes(PROXY_FORBIDDEN_CONFIG) || configKeys(program).includes(PROXY_FORBIDDEN_CONFIG))) {
    return { kind: 'keep', why: `a proxy may not set \`${PROXY_FORBIDDEN_CONFIG}\` (Next fails the build: "Route segment config is not allowed in Proxy file"; it always runs on Node.js): remove it, then move the file` };
  }
  const { specifiers, unknown } = readSpecifiers(program);
  const from = dirname(path);
  const into = dirname(to);
  if (from === into) return { kind: 'move', to, edits: [] };
  const relatives = specifiers.filter((s) => isRelative(s.value));
  // An escape inside the quotes (`'.\/lib'`) would need rewriting as written: rare enough to leave to a person.
  const escaped = relatives.find((s) => s.node.raw.slice(1, -1) !== s.value);
  if (unknown !== undefined || escaped) return { kind: 'keep', why: `it uses ${unknown ?? `the escaped path ${escaped!.node.raw}`}, which would mean something else from \`${targetDir || './'}\`` };
  const edits = relatives.map((s) => replaceRange([s.node.range[0] + 1, s.node.range[1] - 1], respecify(s.value, from, into)));
  return { kind: 'move', to, edits };
}
