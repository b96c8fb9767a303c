// The imports of a file without parsing it: a small lexer that knows comments, strings, template literals
// and regular expressions well enough to find `import … from '…'`, `export … from '…'`, `import('…')`
// and `require('…')`, and the leading directives. The reverse import index needs this for every file of
// an app, once per run, so the lexer allocates nothing for ordinary tokens: only the few tokens after
// `import`, `export` and `require` are materialised.
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

interface Token {
  type: 'name' | 'string' | 'punct' | 'other';
  value: string;
  line: number;
}

const NAME = 1;
const STRING = 2;
const PUNCT = 3;
const OTHER = 4;
const EOF = 0;

/** Identifier characters by char code (letters, `_`, `$`, anything non-ASCII; digits after the first). */
const isNameStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36 || code >= 128;
const isNamePart = (code: number) => isNameStart(code) || (code >= 48 && code <= 57);

/** After these names an expression starts, so `/` opens a regular expression. */
const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

const SLASH = 47;
const STAR = 42;
const NEWLINE = 10;

class Lexer {
  readonly #text: string;
  #pos = 0;
  #line = 1;
  /** Whether a `/` here starts a regular expression (the previous token cannot end an expression). */
  #regexAllowed = true;
  readonly #buffer: Token[] = [];
  // The current token, for the allocation-free path.
  type = EOF;
  start = 0;
  end = 0;
  line = 1;
  value = '';

  constructor(text: string) {
    this.#text = text;
  }

  /** The k-th token ahead (0 = the next one), materialised. */
  peek(k: number): Token | undefined {
    while (this.#buffer.length <= k) {
      const type = this.#lex();
      if (type === EOF) return undefined;
      const value = type === STRING ? this.value : this.#text.slice(this.start, this.end);
      this.#buffer.push({ type: type === NAME ? 'name' : type === STRING ? 'string' : type === PUNCT ? 'punct' : 'other', value, line: this.line });
    }
    return this.#buffer[k];
  }

  /** Drops `count` materialised tokens (consumed by the caller). */
  skip(count: number): void {
    this.#buffer.splice(0, count);
  }

  /** The next token: from the look-ahead buffer (returned as an object) or lexed in place (undefined). */
  next(): Token | undefined | typeof EOF {
    if (this.#buffer.length > 0) return this.#buffer.shift();
    return this.#lex() === EOF ? EOF : undefined;
  }

  /** Whether the current in-place token is the name `word`. */
  is(word: string): boolean {
    return this.type === NAME && this.end - this.start === word.length && this.#text.startsWith(word, this.start);
  }

  #lex(): number {
    const text = this.#text;
    const n = text.length;
    let i = this.#pos;
    for (;;) {
      if (i >= n) {
        this.#pos = i;
        return (this.type = EOF);
      }
      const code = text.charCodeAt(i);
      if (code === NEWLINE) {
        this.#line++;
        i++;
      } else if (code === 32 || code === 9 || code === 13 || code === 0xfeff) {
        i++;
      } else if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? n : end;
      } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
        const end = text.indexOf('*/', i + 2);
        const stop = end === -1 ? n : end + 2;
        for (let k = i; k < stop; k++) if (text.charCodeAt(k) === NEWLINE) this.#line++;
        i = stop;
      } else {
        break;
      }
    }
    this.start = i;
    this.line = this.#line;
    const code = text.charCodeAt(i);
    const c = text[i]!;
    let type: number;
    if (c === "'" || c === '"') {
      let k = i + 1;
      while (k < n && text[k] !== c && text.charCodeAt(k) !== NEWLINE) k += text[k] === '\\' ? 2 : 1;
      if (text[k] === c) {
        this.value = text.slice(i + 1, k).replace(/\\(.)/g, '$1');
        i = k + 1;
        type = STRING;
      } else {
        i++; // no closing quote on this line: JSX text, not a string
        type = OTHER;
      }
    } else if (c === '`') {
      i = this.#skipTemplate(i + 1);
      type = OTHER;
    } else if (code === SLASH && this.#regexAllowed) {
      let k = i + 1;
      let inClass = false;
      while (k < n && text.charCodeAt(k) !== NEWLINE && (inClass || text[k] !== '/')) {
        if (text[k] === '\\') k++;
        else if (text[k] === '[') inClass = true;
        else if (text[k] === ']') inClass = false;
        k++;
      }
      k++;
      while (k < n && isNamePart(text.charCodeAt(k))) k++; // flags
      i = k;
      type = OTHER;
    } else if (isNameStart(code)) {
      let k = i + 1;
      while (k < n && isNamePart(text.charCodeAt(k))) k++;
      i = k;
      type = NAME;
    } else if (code >= 48 && code <= 57) {
      let k = i + 1;
      while (k < n && (isNamePart(text.charCodeAt(k)) || text[k] === '.')) k++;
      i = k;
      type = OTHER;
    } else {
      i++;
      type = PUNCT;
    }
    this.end = i;
    this.#pos = i;
    if (type === NAME) this.#regexAllowed = i - this.start <= 10 && EXPRESSION_KEYWORDS.has(text.slice(this.start, i));
    else if (type === PUNCT) this.#regexAllowed = !(c === ')' || c === ']' || c === '}');
    else this.#regexAllowed = false;
    return (this.type = type);
  }

  /** Skips a template literal body (after the opening backtick), including `${ … }` with nested braces. */
  #skipTemplate(start: number): number {
    const text = this.#text;
    let i = start;
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
          else if (d === '`') i = this.#skipTemplate(i + 1) - 1;
          else if (d === '\n') this.#line++;
          i++;
        }
      } else {
        if (c === '\n') this.#line++;
        i++;
      }
    }
    return i + 1;
  }
}

const is = (token: Token | undefined, type: Token['type'], value?: string) => token?.type === type && (value === undefined || token.value === value);

/**
 * Reads the clause of `import <clause> from '…'` from look-ahead `start`; returns the look-ahead index of
 * the specifier string and whether all of the clause is types.
 */
function readClause(lexer: Lexer, start: number): { specifierAt: number; typeOnly: boolean } | undefined {
  let i = start;
  let sawValue = false;
  let sawNamed = false;
  for (; i < start + 400; i++) {
    const t = lexer.peek(i);
    if (!t || t.type === 'string' || is(t, 'punct', ';')) return undefined;
    if (is(t, 'name', 'from') && i > start) break;
    if (is(t, 'punct', '{')) {
      // `{ type A, b as c }`: a value import as soon as one specifier lacks `type`
      for (i++; i < start + 400 && lexer.peek(i) && !is(lexer.peek(i), 'punct', '}'); i++) {
        const specifierStart = is(lexer.peek(i - 1), 'punct', '{') || is(lexer.peek(i - 1), 'punct', ',');
        const token = lexer.peek(i)!;
        if (specifierStart && token.type === 'name') {
          sawNamed = true;
          const next = lexer.peek(i + 1);
          const isTypeModifier = token.value === 'type' && next?.type === 'name' && !is(next, 'name', 'as');
          if (!isTypeModifier) sawValue = true;
        }
      }
    } else if (t.type === 'name' || is(t, 'punct', '*')) {
      sawValue = true; // a default or namespace import
    }
  }
  if (!is(lexer.peek(i), 'name', 'from') || !is(lexer.peek(i + 1), 'string')) return undefined;
  return { specifierAt: i + 1, typeOnly: sawNamed && !sawValue };
}

/** After `import`: a side-effect, dynamic or static import, if it is one. */
function readImport(lexer: Lexer, imports: ScannedImport[]): void {
  const next = lexer.peek(0);
  if (is(next, 'string')) {
    imports.push({ specifier: next!.value, typeOnly: false, kind: 'static' });
    lexer.skip(1);
  } else if (is(next, 'punct', '(') && is(lexer.peek(1), 'string')) {
    imports.push({ specifier: lexer.peek(1)!.value, typeOnly: false, kind: 'dynamic' });
    lexer.skip(2);
  } else if (next && !is(next, 'punct', '.') && !is(next, 'punct', '(')) {
    const after = lexer.peek(1);
    const typeKeyword = is(next, 'name', 'type') && !is(after, 'name', 'from') && !is(after, 'punct', ',') && !is(after, 'punct', '=');
    const clause = readClause(lexer, typeKeyword ? 1 : 0);
    if (!clause) return;
    imports.push({ specifier: lexer.peek(clause.specifierAt)!.value, typeOnly: typeKeyword || clause.typeOnly, kind: 'static' });
    lexer.skip(clause.specifierAt + 1);
  }
}

/** After `export`: a re-export (`export { a } from`, `export * from`, `export type { T } from`), if it is one. */
function readExport(lexer: Lexer, imports: ScannedImport[]): void {
  const typeKeyword = is(lexer.peek(0), 'name', 'type');
  const clauseStart = typeKeyword ? 1 : 0;
  if (!is(lexer.peek(clauseStart), 'punct', '{') && !is(lexer.peek(clauseStart), 'punct', '*')) return;
  const clause = readClause(lexer, clauseStart);
  if (!clause) return;
  imports.push({ specifier: lexer.peek(clause.specifierAt)!.value, typeOnly: typeKeyword || clause.typeOnly, kind: 'reexport' });
  lexer.skip(clause.specifierAt + 1);
}

export function scanImports(text: string): ScannedModule {
  const lexer = new Lexer(text);
  const directives: string[] = [];
  for (let t = lexer.peek(0); is(t, 'string'); t = lexer.peek(0)) {
    const after = lexer.peek(1);
    if (!(is(after, 'punct', ';') || after === undefined || after.line > t!.line)) break;
    directives.push(t!.value);
    lexer.skip(is(after, 'punct', ';') ? 2 : 1);
  }
  const imports: ScannedImport[] = [];
  let afterDot = false;
  for (;;) {
    const token = lexer.next();
    if (token === EOF) break;
    const isName = token ? token.type === 'name' : lexer.type === NAME;
    const word = (w: string) => (token ? token.value === w : lexer.is(w));
    if (isName && !afterDot) {
      if (word('import')) readImport(lexer, imports);
      else if (word('export')) readExport(lexer, imports);
      else if (word('require') && is(lexer.peek(0), 'punct', '(') && is(lexer.peek(1), 'string') && is(lexer.peek(2), 'punct', ')')) {
        imports.push({ specifier: lexer.peek(1)!.value, typeOnly: false, kind: 'require' });
        lexer.skip(3);
      }
    }
    afterDot = token ? is(token, 'punct', '.') : lexer.type === PUNCT && text.charCodeAt(lexer.start) === 46;
  }
  return { directives, imports };
}
