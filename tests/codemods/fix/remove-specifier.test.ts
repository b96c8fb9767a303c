import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { removeSpecifiers } from '../../../codemods/fix/remove-specifier.ts';
import { apply, parse, sourceCodeOf } from './find.ts';

/** Removes the specifiers whose local names are `names` from the first declaration. */
function without(source: string, ...names: string[]): string {
  const file = parse(source, '/app/file.ts');
  const decl = file.program.body[0] as TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration;
  const remove = new Set(decl.specifiers.filter((s) => names.includes(s.local.type === 'Identifier' ? s.local.name : '')));
  return apply(file, removeSpecifiers(sourceCodeOf(file), decl, remove), '/app/file.ts');
}

describe('removeSpecifiers', () => {
  it('removes named specifiers with one comma per run', () => {
    expect(without("import { a, b, c } from 'x'\n", 'b')).toBe("import { a, c } from 'x'\n");
    expect(without("import { a, b, c } from 'x'\n", 'a')).toBe("import { b, c } from 'x'\n");
    expect(without("import { a, b, c } from 'x'\n", 'c')).toBe("import { a, b } from 'x'\n");
    expect(without("import { a, b, c, d } from 'x'\n", 'a', 'c', 'd')).toBe("import { b } from 'x'\n");
    expect(without("export { a, type b } from 'x'\n", 'b')).toBe("export { a } from 'x'\n");
  });

  it('keeps a multi-line list one per line, with its trailing comma', () => {
    expect(without("import {\n  a,\n  b,\n  c,\n} from 'x'\n", 'a')).toBe("import {\n  b,\n  c,\n} from 'x'\n");
    expect(without("import {\n  a,\n  b,\n  c,\n} from 'x'\n", 'c')).toBe("import {\n  a,\n  b,\n} from 'x'\n");
  });

  it('handles default and namespace imports next to named ones', () => {
    expect(without("import D, { a } from 'x'\n", 'a')).toBe("import D from 'x'\n");
    expect(without("import D, { a } from 'x'\n", 'D')).toBe("import { a } from 'x'\n");
    expect(without("import D, * as ns from 'x'\n", 'D')).toBe("import * as ns from 'x'\n");
  });

  it('removes the whole declaration with its line when nothing is left', () => {
    expect(without("import { a, b } from 'x'\nuse()\n", 'a', 'b')).toBe('use()\n');
  });
});
