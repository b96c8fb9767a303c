// The one edit type of the codemods, and the one way to apply edits. Every transform, fixer, marker
// writer and rule suggestion ends up as `TextEdit`s on the file's text: nothing is reprinted, so
// everything outside the edited ranges stays byte for byte.
//
// Same-offset policy of `applyEdits` (tested in tests/codemods/edits.test.ts):
// - identical edits (same range, same text) count once;
// - two insertions at one offset are both applied, in the order they were given (the first given ends up
//   first in the output): a caller that wants a marker line above an `async ` at the same offset passes
//   the marker first;
// - an insertion at the start of a replacement goes before the replacement's text, one at its end after
//   it (neither overlaps the replaced range);
// - replacements that only touch (one ends where the next starts) are fine;
// - anything else that overlaps (two replacements sharing a character, two different replacements of one
//   range, an insertion strictly inside a replaced range) is a bug in the caller: `EditConflictError`,
//   naming both edits. Rule suggestions, which may overlap by design, go through `deferOverlapping` first.

/** Replace `range` (offsets into the text the edits were computed on) by `text`; an insertion has an empty range. */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export const insertAt = (offset: number, text: string): TextEdit => ({ range: [offset, offset], text });
export const replaceRange = (range: readonly [number, number], text: string): TextEdit => ({ range: [range[0], range[1]], text });
export const removeRange = (range: readonly [number, number]): TextEdit => ({ range: [range[0], range[1]], text: '' });

const isInsertion = (edit: TextEdit) => edit.range[0] === edit.range[1];

/** `[12, 20) → "await "` — how an edit is named in an error. */
function describe(edit: TextEdit): string {
  const text = edit.text.length > 40 ? `${edit.text.slice(0, 37)}...` : edit.text;
  return `[${edit.range[0]}, ${edit.range[1]}) → ${JSON.stringify(text)}`;
}

/** Two edits that cannot both be applied. */
export class EditConflictError extends Error {
  constructor(
    readonly first: TextEdit,
    readonly second: TextEdit,
  ) {
    super(`Conflicting edits: ${describe(first)} overlaps ${describe(second)}`);
    this.name = 'EditConflictError';
  }
}

/** Identical edits once, then ordered by start; at one offset insertions before replacements, else as given. */
function ordered(edits: readonly TextEdit[], length: number): TextEdit[] {
  const seen = new Set<string>();
  const unique: TextEdit[] = [];
  for (const edit of edits) {
    const [start, end] = edit.range;
    if (!(start >= 0 && start <= end && end <= length)) throw new RangeError(`Edit out of bounds (text length ${length}): ${describe(edit)}`);
    const key = `${start}:${end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(edit);
  }
  // Array#sort is stable: equal keys keep the order they were given in.
  return unique.sort((a, b) => a.range[0] - b.range[0] || Number(isInsertion(b)) - Number(isInsertion(a)));
}

/** The first pair of edits in `edits` (already ordered) that overlap, if any. */
function firstConflict(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  let reach = -1;
  let holder: TextEdit | undefined;
  for (const edit of edits) {
    if (holder && edit.range[0] < reach) return [holder, edit];
    if (!isInsertion(edit) && edit.range[1] > reach) {
      reach = edit.range[1];
      holder = edit;
    }
  }
  return undefined;
}

/** Applies `edits` to `text` with the policy above; throws `EditConflictError` on overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = ordered(edits, text.length);
  const conflict = firstConflict(sorted);
  if (conflict) throw new EditConflictError(...conflict);
  let output = '';
  let at = 0;
  for (const edit of sorted) {
    output += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return output + text.slice(at);
}

/**
 * Splits edits that may overlap by design (the suggestions of several reports of one rule) into a set that
 * can be applied now and the rest, for another round after re-linting. Later edits in the file win, as
 * ESLint's own fix loop does; edits that start at the same offset are taken one per round (their order
 * between two reports is arbitrary).
 */
export function deferOverlapping(edits: readonly TextEdit[]): { now: TextEdit[]; later: TextEdit[] } {
  const byEnd = [...edits].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  const now: TextEdit[] = [];
  const later: TextEdit[] = [];
  let limit = Infinity; // start of the last edit taken
  for (const edit of byEnd) {
    if (now.some((e) => e.range[0] === edit.range[0] && e.range[1] === edit.range[1] && e.text === edit.text)) continue;
    if (edit.range[1] > limit || edit.range[0] >= limit) later.push(edit);
    else {
      now.push(edit);
      limit = edit.range[0];
    }
  }
  return { now: now.reverse(), later };
}

/** `text` with its bare `\n` line breaks written as `eol` (new code in a CRLF file gets CRLF; `\r\n` stays). */
export const withLineEndings = (text: string, eol: string): string => (eol === '\n' ? text : text.replace(/(?<!\r)\n/g, eol));
