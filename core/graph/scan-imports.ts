// The imports of a file without parsing it: a small tokenizer that knows comments, strings, template
// literals and regular expressions well enough to find `import … from '…'`, `export … from '…'`,
// `import('…')` and `require('…')`, and the leading directives. The reverse import index needs this for
// every file of an app, once per run; a full parse (even oxc's, ~0.1 ms a file) would cost several
// percent of a lint run on its own, this costs a tenth of that.
//
// What it may get wrong, and why that is harmless: JSX text such as `Don't` opens no string (a quote
// whose string would run past the end of its line is taken as text); a `/` after `)` or `}` is taken as
// division. Both can only hide a later `import()`/`require()`, and static imports come first in a module.

export interface ScannedImport {
  specifier: string;
  /** `import type …`, `export type … from`, or an import whose every named specifier is `type X`. */
  typeOnly: boolean;
  kind: 'static' | 'reexport' | 'dynamic' | 'require';
}

export interface ScannedModule {
  /** Leading directives (`'use client'`, `'use server'`), in order. */
  directives: string[];
  imports: ScannedImport[];
}

type Token = { type: 'name' | 'string' | 'punct' | 'other'; value: string; line: number };

/** Identifier characters by char code (letters, `_`, `$`, anything non-ASCII; digits after the first). */
const isNameStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36 || code >= 128;
const isNamePart = (code: number) => isNameStart(code) || (code >= 48 && code <= 57);
/** After these names an expression starts, so `/` opens a regular expression. */
const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const regexAllowed = () => {
    const prev = tokens[tokens.length - 1];
    if (!prev) return true;
    if (prev.type === 'name') return EXPRESSION_KEYWORDS.has(prev.value);
    if (prev.type === 'string' || prev.type === 'other') return false;
    return !(prev.value === ')' || prev.value === ']' || prev.value === '}');
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      let k = i + 1;
      let value = '';
      while (k < n && text[k] !== c && text[k] !== '\n') {
        if (text[k] === '\\') k++;
        else value += text[k];
        k++;
      }
      if (text[k] === c) {
        tokens.push({ type: 'string', value, line });
        i = k + 1;
      } else {
        i++; // no closing quote on this line: JSX text, not a string
      }
    } else if (c === '`') {
      i = skipTemplate(text, i + 1, (l) => (line += l));
      tokens.push({ type: 'other', value: '`', line });
    } else if (c === '/' && regexAllowed()) {
      let k = i + 1;
      let inClass = false;
      while (k < n && text[k] !== '\n' && (inClass || text[k] !== '/')) {
        if (text[k] === '\\') k++;
        else if (text[k] === '[') inClass = true;
        else if (text[k] === ']') inClass = false;
        k++;
      }
      while (k + 1 < n && isNamePart(text.charCodeAt(k + 1))) k++; // flags
      tokens.push({ type: 'other', value: '/re/', line });
      i = k + 1;
    } else if (isNameStart(text.charCodeAt(i))) {
      let k = i + 1;
      while (k < n && isNamePart(text.charCodeAt(k))) k++;
      tokens.push({ type: 'name', value: text.slice(i, k), line });
      i = k;
    } else if (c >= '0' && c <= '9') {
      let k = i + 1;
      while (k < n && (isNamePart(text.charCodeAt(k)) || text[k] === '.')) k++;
      tokens.push({ type: 'other', value: '0', line });
      i = k;
    } else {
      tokens.push({ type: 'punct', value: c, line });
      i++;
    }
  }
  return tokens;
}

/** Skips a template literal body (after the opening backtick), including `${ … }` with nested braces. */
function skipTemplate(text: string, start: number, onNewlines: (count: number) => void): number {
  let i = start;
  let newlines = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') i += 2;
    else if (c === '`') break;
    else if (c === '$' && text[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        const d = text[i]!;
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '`') i = skipTemplate(text, i + 1, (l) => (newlines += l));
        else if (d === '\n') newlines++;
        i++;
      }
    } else {
      if (c === '\n') newlines++;
      i++;
    }
  }
  onNewlines(newlines);
  return i + 1;
}

const is = (token: Token | undefined, type: Token['type'], value?: string) => token?.type === type && (value === undefined || token.value === value);

/** Reads the clause of `import <clause> from '…'` starting at `start`; returns where `from` is and whether all of it is types. */
function readClause(tokens: Token[], start: number): { fromIndex: number; typeOnly: boolean } | undefined {
  let i = start;
  let sawValue = false;
  let sawNamed = false;
  for (; i < tokens.length && i < start + 400; i++) {
    const t = tokens[i]!;
    if (is(t, 'name', 'from') && i > start) break;
    if (t.type === 'string' || is(t, 'punct', ';')) return undefined;
    if (is(t, 'punct', '{')) {
      // `{ type A, b as c }`: a value import as soon as one specifier lacks `type`
      for (i++; i < tokens.length && !is(tokens[i], 'punct', '}'); i++) {
        const specifierStart = i === start || is(tokens[i - 1], 'punct', '{') || is(tokens[i - 1], 'punct', ',');
        if (specifierStart && tokens[i]!.type === 'name') {
          sawNamed = true;
          const isTypeModifier = tokens[i]!.value === 'type' && tokens[i + 1]?.type === 'name' && !is(tokens[i + 1], 'name', 'as');
          if (!isTypeModifier) sawValue = true;
        }
      }
    } else if (t.type === 'name' || is(t, 'punct', '*')) {
      sawValue = true; // a default or namespace import
    }
  }
  if (!is(tokens[i], 'name', 'from') || !is(tokens[i + 1], 'string')) return undefined;
  return { fromIndex: i, typeOnly: sawNamed && !sawValue };
}

export function scanImports(text: string): ScannedModule {
  const tokens = tokenize(text);
  const directives: string[] = [];
  let k = 0;
  while (is(tokens[k], 'string') && (is(tokens[k + 1], 'punct', ';') || tokens[k + 1] === undefined || tokens[k + 1]!.line > tokens[k]!.line)) {
    directives.push(tokens[k]!.value);
    k += is(tokens[k + 1], 'punct', ';') ? 2 : 1;
  }
  const imports: ScannedImport[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'name') continue;
    const prev = tokens[i - 1];
    if (is(prev, 'punct', '.')) continue; // `x.import`, `x.require`
    if (t.value === 'import') {
      const next = tokens[i + 1];
      if (is(next, 'string')) {
        imports.push({ specifier: next!.value, typeOnly: false, kind: 'static' });
      } else if (is(next, 'punct', '(') && is(tokens[i + 2], 'string')) {
        imports.push({ specifier: tokens[i + 2]!.value, typeOnly: false, kind: 'dynamic' });
      } else if (next && !is(next, 'punct', '.') && !is(next, 'punct', '(')) {
        const typeKeyword = is(next, 'name', 'type') && !is(tokens[i + 2], 'name', 'from') && !is(tokens[i + 2], 'punct', ',') && !is(tokens[i + 2], 'punct', '=');
        const clause = readClause(tokens, typeKeyword ? i + 2 : i + 1);
        if (clause) imports.push({ specifier: tokens[clause.fromIndex + 1]!.value, typeOnly: typeKeyword || clause.typeOnly, kind: 'static' });
      }
    } else if (t.value === 'export') {
      const next = tokens[i + 1];
      const typeKeyword = is(next, 'name', 'type');
      const clauseStart = typeKeyword ? i + 2 : i + 1;
      if (!is(tokens[clauseStart], 'punct', '{') && !is(tokens[clauseStart], 'punct', '*')) continue;
      const clause = readClause(tokens, clauseStart);
      if (clause) imports.push({ specifier: tokens[clause.fromIndex + 1]!.value, typeOnly: typeKeyword || clause.typeOnly, kind: 'reexport' });
    } else if (t.value === 'require' && is(tokens[i + 1], 'punct', '(') && is(tokens[i + 2], 'string') && is(tokens[i + 3], 'punct', ')')) {
      imports.push({ specifier: tokens[i + 2]!.value, typeOnly: false, kind: 'require' });
    }
  }
  return { directives, imports };
}
