// The file's style, read once, and template code brought to it.
import { describe, expect, it } from 'vitest';
import { detectStyle, eolOf, restyle } from '../../codemods/lib/style.ts';
import { parse } from './fix/find.ts';

const styleOf = (text: string) => detectStyle(text, parse(text, '/app/file.ts').program);

describe('detectStyle', () => {
  it('reads quotes from the imports, semicolons from simple statements, indentation from code lines', () => {
    expect(styleOf('/**\n * Header\n */\nimport { a } from "a";\nexport function f() {\n    return a;\n}\n')).toEqual({ quote: '"', semi: true, indent: '    ', eol: '\n' });
    expect(styleOf("import { a } from 'a'\nif (a) {\n\tb()\n}\n")).toEqual({ quote: "'", semi: false, indent: '\t', eol: '\n' });
    expect(styleOf('const a = 1\r\n')).toMatchObject({ indent: '  ', eol: '\r\n' });
  });

  it('writes CRLF only into a file that uses it throughout', () => {
    expect(eolOf('a\r\nb\r\n')).toBe('\r\n');
    expect(eolOf('a\r\nb\n')).toBe('\n');
  });
});

describe('restyle', () => {
  const template = "async function f() {\n  const a = await g('x')\n  return a\n}";
  it('converts quotes, adds semicolons, converts indentation and prefixes continuation lines', () => {
    expect(restyle(template, { quote: '"', semi: true, indent: '    ', eol: '\r\n' }, { base: '  ' })).toBe('async function f() {\r\n      const a = await g("x");\r\n      return a;\r\n  }');
  });

  it('reads an expression as an expression', () => {
    expect(restyle("{\n  a: 'x',\n}", { quote: '"', semi: true, indent: '  ', eol: '\n' }, { expression: true })).toBe('{\n  a: "x",\n}');
  });
});
