/**
 * `middleware-matcher`: gives a middleware/proxy entry file that runs Supabase an
 * `export const config = { matcher: [...] }` that Next can read and that runs on every page, so every
 * request refreshes the session (facts §1.4). The matcher is the canonical one of core/templates.ts.
 *
 * - No `config` → appended (the canonical block, with its comment).
 * - `config` without `matcher` → `matcher` added as its first property.
 * - A matcher that already runs on every page (the canonical one, Next's example that skips `api`, `'/:path*'`,
 *   …) and on every route of the app that does server-side Supabase auth → left alone.
 * - A narrower plain matcher (strings, `{ source }` objects) → replaced by the canonical one, with a TODO
 *   above `matcher` that keeps the previous value: code in the proxy or its helper may rely on it (a redirect
 *   to `/login` that now runs on public pages), which only a human can check.
 * - A narrower matcher with `has`/`missing` conditions → never widened: a TODO only.
 * - A matcher Next cannot read: a name bound to a local `const` of plain strings (or an array spreading
 *   one) is inlined (and the const removed when nothing else uses it); `export { config }` of a local const
 *   becomes `export const config`; `export let config` that is never reassigned becomes `const`. Anything
 *   else (calls, templates with `${}`, imported values, spreads in `config`) → a TODO that says what to write.
 *
 * Edits are text splices at the nodes' offsets (the file's quotes, semicolons, indentation and line endings
 * are kept); the analysis uses core's ESTree helpers, like the `require-middleware-matcher` rule.
 */
import { isAbsolute, relative } from 'node:path';
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { moduleUse } from '../core/graph/routes.ts';
import { DEFAULT_PAGE_EXTENSIONS, fileKind, matcherMatches, middlewareDeprecationNotice, type MatcherEntry } from '../core/next.ts';
import { getFileContext, getProjectFacts, listAuthRoutes, programContext, type ProjectFacts } from '../core/project.ts';
import { isDirectory, parseSource, toPosix } from '../core/source-file.ts';
import { CANONICAL_MATCHER, CANONICAL_MATCHER_LITERAL } from '../core/supabase.ts';
import { middlewareEntryTemplate } from '../core/templates.ts';
import { toJscodeshift } from './lib/adapter.ts';
import { reviewItems } from './lib/markers.ts';
import { TODO_MARKER, type Codemod, type FileInput, type ProjectInfo, type TransformResult } from './lib/types.ts';

/**
 * Paths any app-wide matcher runs on: the home page, a page, a nested page. A matcher that misses one of
 * them was written for a few routes only. (`/login`, `/auth/…` and `/api/…` are not probed: excluding
 * them is a common, deliberate choice, and Next's own example excludes `api`.)
 */
const PROBE_PATHS = ['/', '/about', '/docs/getting-started/install'];

// ---- The canonical block, cut out of the entry-file template (one source of truth) ----------------

const ENTRY_TEMPLATE = middlewareEntryTemplate({ typescript: true, kind: 'proxy', helperSpecifier: '@/utils/supabase/proxy' });
/** `export const config = {…}` as the template writes it (2-space indentation, no semicolons). */
const CONFIG_BLOCK = ENTRY_TEMPLATE.slice(ENTRY_TEMPLATE.indexOf('export const config')).trimEnd();
/** `matcher: [ … ],` dedented to column 0 (its closing `],` included). */
const MATCHER_PROPERTY = CONFIG_BLOCK.split('\n')
  .slice(1, -1)
  .map((line) => line.slice(2))
  .join('\n')
  .replace(/,$/, '');

// ---- Style of the file being edited ---------------------------------------------------------------

interface Style {
  quote: "'" | '"';
  semi: boolean;
  indent: string;
  eol: string;
}

function detectStyle(source: string, program: TSESTree.Program): Style {
  let single = 0;
  let double = 0;
  let semis = 0;
  let bare = 0;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (source[statement.source.range[0]] === '"') double++;
      else single++;
    }
    if (
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.VariableDeclaration ||
      statement.type === AST_NODE_TYPES.ExpressionStatement ||
      (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration)
    ) {
      if (source[statement.range[1] - 1] === ';') semis++;
      else bare++;
    }
  }
  const indented = /^([ \t]+)\S/m.exec(source)?.[1];
  const indent = indented === undefined ? '  ' : indented.startsWith('\t') ? '\t' : ' '.repeat(Math.min(indented.length, 4));
  return { quote: double > single ? '"' : "'", semi: semis > bare, indent, eol: source.includes('\r\n') ? '\r\n' : '\n' };
}

/** Template text (2-space indentation, `\n`, single quotes) in the file's style, each line after the first prefixed by `base`. */
function styled(text: string, style: Style, base: string): string {
  const canonical = style.quote === '"' ? JSON.stringify(CANONICAL_MATCHER) : CANONICAL_MATCHER_LITERAL;
  return text
    .replace(CANONICAL_MATCHER_LITERAL, canonical)
    .split('\n')
    .map((line, i) => {
      const depth = /^ */.exec(line)![0].length / 2;
      const body = line.slice(depth * 2);
      return (i === 0 ? '' : base) + style.indent.repeat(depth) + body;
    })
    .join(style.eol);
}

const quoteString = (value: string, style: Style) =>
  style.quote === '"' ? JSON.stringify(value) : `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

// ---- Reading matcher values -----------------------------------------------------------------------

type Expression = TSESTree.Node;

/** Strips `as`, `satisfies`, `<T>` and `!`: Next reads through them. */
function unwrapTs(node: Expression): Expression {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    current = current.expression;
  }
  return current;
}

function propertyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

interface ReadMatcher {
  entries: MatcherEntry[];
  /** Every entry is a plain path string (so an inlined value can be written back as strings). */
  plain: boolean;
  /** Local consts whose values were read through a name (to inline). */
  via: TSESTree.VariableDeclarator[];
}

type MatcherReading = { ok: true; value: ReadMatcher } | { ok: false; why: string };

/** The matcher as Next would read it, following names bound to top-level `const`s (`via`). */
function readMatcher(node: Expression, consts: Map<string, TSESTree.VariableDeclarator>): MatcherReading {
  const via: TSESTree.VariableDeclarator[] = [];
  let plain = true;
  const fail = (why: string): MatcherReading => ({ ok: false, why });

  const stringOf = (n: Expression): string | undefined => {
    if (n.type === AST_NODE_TYPES.Literal && typeof n.value === 'string') return n.value;
    if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
    return undefined;
  };
  const throughName = (n: Expression): Expression | string => {
    if (n.type !== AST_NODE_TYPES.Identifier) return n;
    const decl = consts.get(n.name);
    if (!decl?.init) return `the name \`${n.name}\``;
    if (!via.includes(decl)) via.push(decl);
    return unwrapTs(decl.init);
  };

  const entries: MatcherEntry[] = [];
  /** Reads one entry into `entries`; returns why it cannot be read, if so. */
  const readEntry = (raw: Expression): string | undefined => {
    const entry = throughName(unwrapTs(raw));
    if (typeof entry === 'string') return entry;
    const text = stringOf(entry);
    if (text !== undefined) {
      entries.push({ source: text, conditional: false });
      return undefined;
    }
    if (entry.type === AST_NODE_TYPES.ObjectExpression) {
      plain = false;
      let source: string | undefined;
      let conditional = false;
      for (const property of entry.properties) {
        if (property.type !== AST_NODE_TYPES.Property) return 'a spread inside a matcher object';
        const key = propertyName(property);
        if (key === undefined) return 'a computed key inside a matcher object';
        if (key === 'source') source = stringOf(unwrapTs(property.value as Expression));
        if (key === 'has' || key === 'missing') conditional = true;
      }
      if (source === undefined) return 'a matcher object without a literal `source`';
      entries.push({ source, conditional });
      return undefined;
    }
    if (entry.type === AST_NODE_TYPES.TemplateLiteral) return 'a template literal with `${}`';
    if (entry.type === AST_NODE_TYPES.CallExpression) return 'a function call';
    if (entry.type === AST_NODE_TYPES.MemberExpression) return 'a property access';
    return 'an expression Next does not evaluate';
  };

  const top = throughName(unwrapTs(node));
  if (typeof top === 'string') return fail(top);
  if (top.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of top.elements) {
      if (element === null) continue;
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        const spread = throughName(unwrapTs(element.argument));
        if (typeof spread === 'string') return fail(`a spread of ${spread.slice(4)}`);
        if (spread.type !== AST_NODE_TYPES.ArrayExpression || spread === top) return fail('a spread');
        for (const inner of spread.elements) {
          if (inner === null) continue;
          if (inner.type === AST_NODE_TYPES.SpreadElement) return fail('a nested spread');
          const why = readEntry(inner);
          if (why) return fail(why);
        }
        continue;
      }
      const why = readEntry(element);
      if (why) return fail(why);
    }
  } else {
    const why = readEntry(top);
    if (why) return fail(why);
  }
  return { ok: true, value: { entries, plain, via } };
}

// ---- Text edits ---------------------------------------------------------------------------------

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: Edit[]): string {
  let output = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return output;
}

const lineStart = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
const indentAt = (source: string, offset: number) => /^[ \t]*/.exec(source.slice(lineStart(source, offset)))![0];
/** Source text on one line, without the line breaks' trailing commas (`['/a', '/b']`). */
const oneLine = (text: string) =>
  text
    .replace(/,\s*\n\s*([\]}])/g, '$1')
    .replace(/([[{])\s*\n\s*/g, '$1')
    .replace(/\s*\n\s*([\]}])/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** The comment lines directly above the line holding `offset`. */
function commentsAbove(source: string, offset: number): string[] {
  const lines = source.slice(0, lineStart(source, offset)).split('\n');
  lines.pop();
  const comments: string[] = [];
  while (lines.length > 0 && /^\s*\/\//.test(lines[lines.length - 1]!)) comments.push(lines.pop()!.trim());
  return comments;
}

// ---- The transform --------------------------------------------------------------------------------

/** Whether this entry file creates a Supabase client, directly or through a helper such as `updateSession`. */
function runsSupabase(program: TSESTree.Program, file: string, facts: ProjectFacts): boolean {
  return moduleUse(programContext(file, program, facts)).creates.size > 0;
}

/** Top-level `const` declarators by name (the values a matcher may name). */
function topLevelConsts(program: TSESTree.Program): Map<string, TSESTree.VariableDeclarator> {
  const consts = new Map<string, TSESTree.VariableDeclarator>();
  for (const statement of program.body) {
    const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (decl?.type !== AST_NODE_TYPES.VariableDeclaration || decl.kind !== 'const') continue;
    for (const d of decl.declarations) if (d.id.type === AST_NODE_TYPES.Identifier) consts.set(d.id.name, d);
  }
  return consts;
}

/** Whether `name` is assigned to anywhere (so a `let`/`var` cannot become `const`). */
function isReassigned(program: TSESTree.Program, name: string): boolean {
  let reassigned = false;
  simpleTraverse(program, {
    enter(node) {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier && node.left.name === name) reassigned = true;
      if (node.type === AST_NODE_TYPES.UpdateExpression && node.argument.type === AST_NODE_TYPES.Identifier && node.argument.name === name) reassigned = true;
    },
  });
  return reassigned;
}

/** Why Next does not run this entry file at all (so no matcher can help), as a TODO message. */
function entryProblem(kind: 'middleware' | 'proxy', relPath: string, misplaced: boolean, project: ProjectInfo, entries: { proxyFiles: readonly string[]; middlewareFiles: readonly string[] }): string | undefined {
  const { proxyFiles, middlewareFiles } = entries;
  if (misplaced) return `Next ignores this file: the app lives in \`src/\`, so the ${kind} must be \`src/${relPath}\`; move it there`;
  const major = project.nextMajor;
  if (kind === 'proxy' && major !== undefined && major <= 15) {
    return `Next.js ${major} ignores \`proxy\` files (they replace \`middleware\` from Next.js 16 on): rename this file \`${relPath.replace(/(^|\/)proxy\./, '$1middleware.')}\` and export \`async function middleware\``;
  }
  if (kind === 'middleware' && major !== undefined && major >= 16 && proxyFiles.length > 0) {
    return `Next.js ${major} fails the build when both \`middleware\` and \`proxy\` files exist: move what this file does into \`${toPosix(relative(project.root, proxyFiles[0]!))}\` and delete this file`;
  }
  if (kind === 'proxy' && major !== undefined && major >= 16 && middlewareFiles.length > 0) {
    return `Next.js ${major} fails the build when both \`middleware\` and \`proxy\` files exist: move what \`${toPosix(relative(project.root, middlewareFiles[0]!))}\` does into this file and delete it`;
  }
  return undefined;
}

/** Where the TODO about the whole entry file goes: above its `middleware`/`proxy` function. */
function entryFunctionOffset(program: TSESTree.Program, kind: 'middleware' | 'proxy'): number {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) return statement.range[0];
    const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id?.name === kind) return statement.range[0];
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration && decl.declarations.some((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === kind)) return statement.range[0];
  }
  return program.body.find((s) => s.type !== AST_NODE_TYPES.ImportDeclaration)?.range[0] ?? 0;
}

class MatcherFix {
  readonly edits: Edit[] = [];
  readonly style: Style;
  private readonly consts: Map<string, TSESTree.VariableDeclarator>;

  constructor(
    private readonly source: string,
    private readonly program: TSESTree.Program,
    private readonly kind: 'middleware' | 'proxy',
    private readonly authRoutes: readonly string[],
  ) {
    this.style = detectStyle(source, program);
    this.consts = topLevelConsts(program);
  }

  private text(node: TSESTree.Node): string {
    return this.source.slice(node.range[0], node.range[1]);
  }

  /** One `// TODO(supabase-auth): …` line above the line holding `offset`, unless it is there already. */
  todo(offset: number, message: string): void {
    const marker = `// ${TODO_MARKER} ${message}`;
    if (commentsAbove(this.source, offset).includes(marker)) return;
    const start = lineStart(this.source, offset);
    this.edits.push({ start, end: start, text: `${indentAt(this.source, offset)}${marker}${this.style.eol}` });
  }

  run(): void {
    const found = this.findConfig();
    if (found === undefined) this.appendConfig();
    else if ('todo' in found) this.todo(found.at, found.todo);
    else this.fixConfigValue(found.init, found.statement);
  }

  /**
   * The `config` Next reads, made readable where that is safe (its initializer and statement); a TODO
   * (message and offset) when it cannot be; undefined when the file has none and no other `config`.
   */
  private findConfig(): { init: TSESTree.Expression; statement: TSESTree.Node } | { todo: string; at: number } | undefined {
    const add = `add \`export const config = { matcher: [${CANONICAL_MATCHER_LITERAL}] }\` so Next runs this ${this.kind} on every page`;
    let local: { declaration: TSESTree.VariableDeclaration; declarator: TSESTree.VariableDeclarator } | undefined;
    let exportedLocally: { statement: TSESTree.ExportNamedDeclaration; specifier: TSESTree.ExportSpecifier } | undefined;
    for (const statement of this.program.body) {
      const at = statement.range[0];
      if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
        const decl = statement.declaration;
        if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
          const declarator = decl.declarations.find((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === 'config');
          if (declarator) {
            if (!declarator.init) return { at, todo: `\`export ${decl.kind} config\` has no value: ${add}` };
            if (decl.kind !== 'const') {
              if (decl.declarations.length > 1 || isReassigned(this.program, 'config')) {
                return { at, todo: `Next reads only \`export const config\`, not \`export ${decl.kind} config\`: make it a \`const\` and never reassign it` };
              }
              this.edits.push({ start: decl.range[0], end: decl.range[0] + decl.kind.length, text: 'const' });
            }
            return { init: declarator.init, statement };
          }
        }
        if ((decl?.type === AST_NODE_TYPES.FunctionDeclaration || decl?.type === AST_NODE_TYPES.ClassDeclaration) && decl.id?.name === 'config') {
          return { at, todo: `Next reads only \`export const config = { … }\`, and this \`config\` is a ${decl.type === AST_NODE_TYPES.ClassDeclaration ? 'class' : 'function'}: rename it and ${add}` };
        }
        for (const specifier of statement.specifiers) {
          const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
          if (exported !== 'config') continue;
          if (statement.source) {
            return { at, todo: `Next cannot read a \`config\` re-exported from \`${statement.source.value}\`: write \`export const config = { matcher: [${CANONICAL_MATCHER_LITERAL}] }\` in this file` };
          }
          const localName = specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
          if (localName !== 'config') return { at, todo: `Next cannot read \`export { ${localName} as config }\`: declare it as \`export const config = { … }\`` };
          exportedLocally = { statement, specifier };
        }
      } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        const declarator = statement.declarations.find((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === 'config');
        if (declarator) local = { declaration: statement, declarator };
      } else if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
        if (statement.specifiers.some((s) => s.local.name === 'config')) return { at, todo: `this file imports its own \`config\`, so Next's cannot be added: rename the import and ${add}` };
      } else if ((statement.type === AST_NODE_TYPES.FunctionDeclaration || statement.type === AST_NODE_TYPES.ClassDeclaration) && statement.id?.name === 'config') {
        return { at, todo: `this file declares its own \`config\`, so Next's cannot be added: rename it and ${add}` };
      }
    }
    if (local === undefined) {
      return exportedLocally ? { at: exportedLocally.statement.range[0], todo: 'Next cannot read `export { config }` of a value it cannot see: declare it as `export const config = { … }`' } : undefined;
    }
    const { declaration, declarator } = local;
    const at = declaration.range[0];
    const init = declarator.init ? unwrapTs(declarator.init) : undefined;
    const looksLikeNextConfig = init?.type === AST_NODE_TYPES.ObjectExpression && init.properties.some((p) => p.type === AST_NODE_TYPES.Property && propertyName(p) === 'matcher');
    if (!exportedLocally && !looksLikeNextConfig) return { at, todo: `this file has its own \`config\`, so Next's cannot be added: rename it and ${add}` };
    if (declaration.declarations.length > 1 || !declarator.init || (declaration.kind !== 'const' && isReassigned(this.program, 'config'))) {
      return { at, todo: 'Next reads only `export const config = { … }`: declare `config` that way (one declaration, never reassigned)' };
    }
    // `export { config }`, or a `config` with a matcher that was never exported: export the declaration itself.
    this.edits.push({ start: declaration.range[0], end: declaration.range[0] + declaration.kind.length, text: 'export const' });
    if (exportedLocally) this.removeSpecifier(exportedLocally.statement, exportedLocally.specifier);
    return { init: declarator.init, statement: declaration };
  }

  private removeSpecifier(statement: TSESTree.ExportNamedDeclaration, specifier: TSESTree.ExportSpecifier): void {
    if (statement.specifiers.length === 1) {
      this.removeStatement(statement);
      return;
    }
    const index = (statement.specifiers as TSESTree.ExportSpecifier[]).indexOf(specifier);
    const next = statement.specifiers[index + 1];
    const previous = statement.specifiers[index - 1];
    if (next) this.edits.push({ start: specifier.range[0], end: next.range[0], text: '' });
    else this.edits.push({ start: previous!.range[1], end: specifier.range[1], text: '' });
  }

  /** Removes a whole top-level statement with its line (and a blank line, when it sat between two). */
  private removeStatement(statement: TSESTree.Node): void {
    const { source } = this;
    const start = lineStart(source, statement.range[0]);
    let end = statement.range[1] + /^[ \t]*;?[ \t]*(\r?\n)?/.exec(source.slice(statement.range[1]))![0].length;
    const blankAfter = /^[ \t]*\r?\n/.exec(source.slice(end));
    if (/^\s*$/.test(source.slice(end))) {
      // The last statement: the blank lines before it go too, the file keeps one final newline.
      this.edits.push({ start: source.slice(0, start).replace(/\s*$/, '').length, end: source.length, text: this.style.eol });
      return;
    }
    if (blankAfter && (start === 0 || /\n[ \t]*\r?\n$/.test(source.slice(0, start)))) end += blankAfter[0].length;
    this.edits.push({ start, end, text: '' });
  }

  private appendConfig(): void {
    const trimmed = this.source.replace(/\s*$/, '');
    const block = styled(CONFIG_BLOCK, this.style, '') + (this.style.semi ? ';' : '');
    this.edits.push({ start: trimmed.length, end: this.source.length, text: `${trimmed.length > 0 ? this.style.eol + this.style.eol : ''}${block}${this.style.eol}` });
  }

  private fixConfigValue(init: TSESTree.Expression, statement: TSESTree.Node): void {
    const object = unwrapTs(init);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) {
      const what = object.type === AST_NODE_TYPES.Identifier ? `the name \`${object.name}\`` : object.type === AST_NODE_TYPES.CallExpression ? 'a function call' : 'an expression';
      this.todo(statement.range[0], `Next cannot read \`config\` when it is ${what}: write the object out, \`export const config = { matcher: [${CANONICAL_MATCHER_LITERAL}] }\``);
      return;
    }
    if (object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement)) {
      this.todo(statement.range[0], `Next cannot read a spread inside \`config\`: write every key out, with \`matcher: [${CANONICAL_MATCHER_LITERAL}]\``);
      return;
    }
    const properties = object.properties as TSESTree.Property[];
    const matcher = properties.find((p) => propertyName(p) === 'matcher');
    if (!matcher) {
      if (properties.some((p) => p.computed)) {
        this.todo(statement.range[0], `Next cannot read computed keys in \`config\`: write them out and add \`matcher: [${CANONICAL_MATCHER_LITERAL}]\``);
        return;
      }
      this.writeObject(object, undefined, undefined);
      return;
    }
    if (matcher.method || matcher.kind !== 'init') {
      this.todo(matcher.range[0], `Next cannot read \`matcher\` written as a method or accessor: write \`matcher: [${CANONICAL_MATCHER_LITERAL}]\``);
      return;
    }
    const reading = readMatcher(matcher.value as Expression, this.consts);
    if (!reading.ok) {
      this.todo(matcher.range[0], `Next cannot read \`config.matcher\` when it holds ${reading.why}: write the array out, e.g. \`matcher: [${CANONICAL_MATCHER_LITERAL}]\``);
      return;
    }
    const { entries, plain, via } = reading.value;
    const sources = entries.map((e) => ({ source: e.source, conditional: false }));
    const missed = [...PROBE_PATHS, ...this.authRoutes].filter((path) => !matcherMatches(sources, path));
    const previous = this.previousText(matcher, via);
    if (missed.length === 0) {
      if (via.length === 0) return; // already right
      if (!plain) {
        this.todo(matcher.range[0], `Next cannot read \`config.matcher\` through ${previous.name}: write its value out here`);
        return;
      }
      this.replaceValue(matcher, `[${entries.map((e) => quoteString(e.source, this.style)).join(', ')}]`);
      this.removeUnusedConsts(via);
      return;
    }
    const missedRoutes = missed.filter((p) => !PROBE_PATHS.includes(p));
    const uncovered =
      missedRoutes.length > 0
        ? `${missedRoutes.slice(0, 3).map((p) => `\`${p}\``).join(', ')}${missedRoutes.length > 3 ? ', …' : ''}`
        : `every page (not on \`${missed[0]}\`)`;
    if (entries.some((e) => e.conditional)) {
      this.todo(
        matcher.range[0],
        `this ${this.kind}'s matcher has \`has\`/\`missing\` conditions and does not run on ${uncovered}, so sessions there are not refreshed: widen it by hand, e.g. add ${CANONICAL_MATCHER_LITERAL}`,
      );
      return;
    }
    const note = `the previous matcher was ${previous.value}; the ${this.kind} now runs on every page so every session is refreshed: if code in it (or in its helper) relied on the old matcher, e.g. a redirect to the login page, limit that code with \`request.nextUrl.pathname\``;
    this.writeObject(object, matcher, note);
    this.removeUnusedConsts(via);
  }

  /** How the old matcher is shown in the TODO: its text, with the values of the names it used. */
  private previousText(matcher: TSESTree.Property, via: TSESTree.VariableDeclarator[]): { value: string; name: string } {
    const own = oneLine(this.text(matcher.value));
    const names = via.map((d) => `${(d.id as TSESTree.Identifier).name} = ${oneLine(this.text(d.init!))}`);
    return { value: names.length > 0 ? `${own} (${names.join('; ')})` : own, name: via.map((d) => `\`${(d.id as TSESTree.Identifier).name}\``).join(', ') };
  }

  /** Replaces the value of `matcher` (a shorthand `{ matcher }` gets its key written out). */
  private replaceValue(matcher: TSESTree.Property, text: string): void {
    if (matcher.shorthand) this.edits.push({ start: matcher.range[0], end: matcher.range[1], text: `matcher: ${text}` });
    else this.edits.push({ start: matcher.value.range[0], end: matcher.value.range[1], text });
  }

  /** Removes `const NAME = …` declarations that nothing else mentions once the matcher is inlined. */
  private removeUnusedConsts(via: TSESTree.VariableDeclarator[]): void {
    for (const declarator of via) {
      const name = (declarator.id as TSESTree.Identifier).name;
      const statement = this.program.body.find((s): s is TSESTree.VariableDeclaration => s.type === AST_NODE_TYPES.VariableDeclaration && s.declarations[0] === declarator);
      if (!statement || statement.declarations.length !== 1) continue;
      // Only the declaration and the matcher mention the name (comments and strings count: conservative).
      const mentions = this.source.match(new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
      if (mentions === 2) this.removeStatement(statement);
    }
  }

  /**
   * Gives `object` the canonical matcher: replaces `matcher`'s value (or adds the property first) in a
   * multi-line object; rewrites a one-line object over several lines. `note` becomes a TODO above `matcher`.
   */
  private writeObject(object: TSESTree.ObjectExpression, matcher: TSESTree.Property | undefined, note: string | undefined): void {
    const { source, style } = this;
    const oneLineObject = object.properties.length === 0 || !source.slice(object.range[0], object.range[1]).includes('\n');
    const todoLine = (indent: string) => (note ? `${indent}// ${TODO_MARKER} ${note}${style.eol}` : '');
    if (oneLineObject) {
      const base = indentAt(source, object.range[0]);
      const inner = base + style.indent;
      const lines = [styled(MATCHER_PROPERTY, style, inner)];
      for (const property of object.properties) if (property !== matcher) lines.push(this.text(property));
      const body = lines.map((line, i) => (i === 0 ? todoLine(inner) : '') + inner + line + ',').join(style.eol);
      this.edits.push({ start: object.range[0], end: object.range[1], text: `{${style.eol}${body}${style.eol}${base}}` });
      return;
    }
    if (matcher) {
      const indent = indentAt(source, matcher.range[0]);
      this.replaceValue(matcher, styled(MATCHER_PROPERTY, style, indent).replace(/^matcher: /, ''));
      if (note) {
        const start = lineStart(source, matcher.range[0]);
        this.edits.push({ start, end: start, text: todoLine(indent) });
      }
      return;
    }
    const first = object.properties[0]!;
    const indent = indentAt(source, first.range[0]);
    this.edits.push({ start: first.range[0], end: first.range[0], text: `${styled(MATCHER_PROPERTY, style, indent)},${style.eol}${indent}` });
  }
}

export const codemod: Codemod = {
  name: 'middleware-matcher',
  description: 'Adds or repairs `export const config = { matcher: [...] }` in the middleware/proxy so every page refreshes the Supabase session.',
  mightApply: (source) => /supabase|updateSession|\bmiddleware\b|\bproxy\b/.test(source),
  transform(file: FileInput, project: ProjectInfo): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const relPath = toPosix(relative(project.root, file.path));
    if (relPath.startsWith('../') || isAbsolute(relPath)) return none;
    const pageExtensions = project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS;
    let kind = fileKind(relPath, { srcDir: project.srcDir, pageExtensions });
    // A root entry file in an app that lives in src/: Next ignores it (facts §1.4), the user must move it.
    const misplaced = kind.type === 'other' && project.srcDir && !relPath.includes('/') ? fileKind(relPath, { srcDir: false, pageExtensions }) : undefined;
    if (misplaced) kind = misplaced;
    if (kind.type !== 'middleware' && kind.type !== 'proxy') return none;
    const program = parseSource(file.source, file.path);
    const onDisk = isDirectory(project.root);
    const facts = onDisk ? getProjectFacts(project.root) : undefined;
    if (!program || !runsSupabase(program, file.path, facts ?? getFileContext(file.path, project.root, false).facts)) return none;

    const authRoutes = facts ? listAuthRoutes(facts).map((r) => r.routePath) : [];
    const fix = new MatcherFix(file.source, program, kind.type, [...new Set(authRoutes)]);
    fix.run();
    const problem = entryProblem(kind.type, relPath, misplaced !== undefined, project, { proxyFiles: facts?.proxyFiles ?? [], middlewareFiles: facts?.middlewareFiles ?? [] });
    if (problem) fix.todo(entryFunctionOffset(program, kind.type), problem);
    const deprecated = kind.type === 'middleware' && !problem && project.nextMajor !== undefined && project.nextMajor >= 16;
    const notices = deprecated ? [middlewareDeprecationNotice(relPath)] : [];
    const output = fix.edits.length === 0 ? file.source : applyEdits(file.source, fix.edits);
    if (output === file.source) return { ...none, notices };
    return { output, review: reviewItems(file.source, output), notices };
  },
};

export default toJscodeshift(codemod);
