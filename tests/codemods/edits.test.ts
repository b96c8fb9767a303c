// The one edit applier: its same-offset policy, conflicts, and the deferral used for rule suggestions.
import { describe, expect, it } from 'vitest';
import { applyEdits, deferOverlapping, EditConflictError, insertAt, removeRange, replaceRange, withLineEndings } from '../../codemods/lib/edits.ts';

describe('applyEdits', () => {
  it('applies replacements, insertions and removals at their offsets, whatever order they come in', () => {
    const text = 'const a = f()\n';
    expect(applyEdits(text, [insertAt(10, 'await '), replaceRange([0, 5], 'let'), removeRange([13, 14])])).toBe('let a = await f()');
  });

  it('keeps two insertions at one offset in the order given', () => {
    expect(applyEdits('f()', [insertAt(0, '// first\n'), insertAt(0, 'await ')])).toBe('// first\nawait f()');
    expect(applyEdits('f()', [insertAt(0, 'await '), insertAt(0, '// first\n')])).toBe('await // first\nf()');
  });

  it('puts an insertion at the start of a replacement before its text, one at its end after it', () => {
    expect(applyEdits('abc', [replaceRange([0, 2], 'XY'), insertAt(0, '<'), insertAt(2, '>')])).toBe('<XY>c');
  });

  it('applies replacements that only touch', () => {
    expect(applyEdits('abcd', [replaceRange([0, 2], '1'), replaceRange([2, 4], '2')])).toBe('12');
  });

  it('counts identical edits once', () => {
    expect(applyEdits('f()', [insertAt(0, 'await '), insertAt(0, 'await ')])).toBe('await f()');
  });

  it('refuses overlapping edits, naming both', () => {
    const first = replaceRange([0, 3], 'x');
    const second = replaceRange([2, 5], 'y');
    expect(() => applyEdits('abcdef', [first, second])).toThrow(EditConflictError);
    expect(() => applyEdits('abcdef', [first, second])).toThrow('Conflicting edits: [0, 3) → "x" overlaps [2, 5) → "y"');
    // two different replacements of one range, an insertion inside a replacement
    expect(() => applyEdits('abc', [replaceRange([0, 2], 'x'), replaceRange([0, 2], 'y')])).toThrow(EditConflictError);
    expect(() => applyEdits('abc', [replaceRange([0, 3], 'x'), insertAt(1, 'y')])).toThrow('[0, 3) → "x" overlaps [1, 1) → "y"');
  });

  it('refuses an edit outside the text', () => {
    expect(() => applyEdits('abc', [insertAt(4, 'x')])).toThrow(RangeError);
  });
});

describe('deferOverlapping', () => {
  it('takes the later of two overlapping edits now and leaves the other for the next round', () => {
    const early = replaceRange([0, 4], 'x');
    const late = replaceRange([2, 6], 'y');
    const apart = insertAt(8, 'z');
    expect(deferOverlapping([early, late, apart])).toEqual({ now: [late, apart], later: [early] });
  });

  it('takes one of two edits that start at the same offset', () => {
    const { now, later } = deferOverlapping([insertAt(3, 'a'), insertAt(3, 'b')]);
    expect(now).toHaveLength(1);
    expect(later).toHaveLength(1);
  });
});

it('withLineEndings writes new line breaks as the file does', () => {
  expect(withLineEndings('a\nb\r\nc', '\r\n')).toBe('a\r\nb\r\nc');
  expect(withLineEndings('a\r\nb\nc', '\n')).toBe('a\r\nb\nc');
});
