import { describe, expect, it } from 'vitest';
import { removeStatement } from '../../../codemods/fix/remove-statement.ts';
import { apply, parse } from './find.ts';

const without = (source: string, index: number) => {
  const file = parse(source);
  return apply(file, removeStatement(file.text, file.program.body[index]!));
};

describe('removeStatement', () => {
  it('removes a statement with its line and its end-of-line comment, keeping the comments above', () => {
    expect(without("// header\nimport a from 'a'\nimport b from 'b' // why\nuse(a)\n", 0)).toBe("// header\nimport b from 'b' // why\nuse(a)\n");
    expect(without("import a from 'a'\nimport b from 'b' // why\nuse(a)\n", 1)).toBe("import a from 'a'\nuse(a)\n");
  });

  it('keeps one blank line between paragraphs', () => {
    expect(without('a()\n\nconst x = 1\n\nb()\n', 1)).toBe('a()\n\nb()\n');
    expect(without('a()\nconst x = 1\n\nb()\n', 1)).toBe('a()\n\nb()\n');
  });

  it('takes the blank lines before the last statement, leaving one line break', () => {
    expect(without('a()\n\nconst x = 1\n', 1)).toBe('a()\n');
    expect(without('a()\r\n\r\nconst x = 1\r\n', 1)).toBe('a()\r\n');
  });

  it('removes only its text when it shares a line', () => {
    expect(without('a(); b()\n', 0)).toBe('b()\n');
    expect(without('a(); b()\n', 1)).toBe('a(); \n');
  });
});
