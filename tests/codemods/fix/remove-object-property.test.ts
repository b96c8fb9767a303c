import { describe, expect, it } from 'vitest';
import { removeObjectProperty } from '../../../codemods/fix/remove-object-property.ts';
import { apply, find, parse, sourceCodeOf } from './find.ts';

function without(source: string, property: string): string {
  const file = parse(source, '/app/file.ts');
  return apply(file, removeObjectProperty(sourceCodeOf(file), find(file, 'Property', property)), '/app/file.ts');
}

describe('removeObjectProperty', () => {
  it('removes a property alone on its line with the comment lines that head it', () => {
    const source = 'const o = {\n  a: 1,\n  // the deprecated one\n  get(name) {\n    return name\n  },\n  b: 2,\n}\n';
    expect(without(source, 'get(name) {\n    return name\n  }')).toBe('const o = {\n  a: 1,\n  b: 2,\n}\n');
  });

  it('removes one comma on a shared line', () => {
    expect(without('const o = { a: 1, b: 2, c: 3 }', 'b: 2')).toBe('const o = { a: 1, c: 3 }');
    expect(without('const o = { a: 1, b: 2 }', 'b: 2')).toBe('const o = { a: 1 }');
  });
});
