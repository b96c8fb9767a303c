// Facts from the entry file: which entry it is (and whether Next runs it at all), whether it runs
// Supabase, where its `config` is and what its `matcher` holds as Next reads it.
import { dirname, isAbsolute, relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap } from '../../core/graph/evaluate.ts';
import { moduleUse } from '../../core/graph/routes.ts';
import { DEFAULT_PAGE_EXTENSIONS, fileKind, type MatcherEntry } from '../../core/next.ts';
import { getFileContext, getProjectFacts, programContext } from '../../core/project.ts';
import { toPosix } from '../../core/source-file.ts';
import { CANONICAL_MATCHER_LITERAL as CANONICAL_LITERAL } from '../../core/supabase.ts';
import { tsSourceCode, walk, type ParsedFile } from '../lib/source-code.ts';
import type { ProjectInfo } from '../lib/types.ts';

export type EntryKind = 'middleware' | 'proxy';

/** The entry kind of the file at `path`, and whether it is a root entry Next ignores (the app is in `src/`). */
export function entryOf(path: string, project: ProjectInfo): { kind: EntryKind; relPath: string; misplaced: boolean } | undefined {
  const relPath = toPosix(relative(project.root, path));
  if (relPath.startsWith('../') || isAbsolute(relPath)) return undefined;
  const pageExtensions = project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS;
  let kind = fileKind(relPath, { srcDir: project.srcDir, pageExtensions });
  // A root entry file in an app that lives in src/: Next ignores it (facts §1.4), the user must move it.
  const misplaced = kind.type === 'other' && project.srcDir && !relPath.includes('/') ? fileKind(relPath, { srcDir: false, pageExtensions }) : undefined;
  if (misplaced) kind = misplaced;
  if (kind.type !== 'middleware' && kind.type !== 'proxy') return undefined;
  return { kind: kind.type, relPath, misplaced: misplaced !== undefined };
}

/** Whether this entry file creates a Supabase client, directly or through a helper such as `updateSession`. */
export function runsSupabase(parsed: ParsedFile, file: string, root: string | undefined): boolean {
  const facts = root === undefined ? getFileContext(file, dirname(file), false).facts : getProjectFacts(root);
  return moduleUse(programContext(file, parsed.program, facts)).creates.size > 0;
}

export function propertyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

/** What makes `config` readable to Next, applied with the matcher fix. */
export type Repair =
  | { kind: 'make-const'; declaration: TSESTree.VariableDeclaration }
  | { kind: 'export-declaration'; declaration: TSESTree.VariableDeclaration }
  | { kind: 'remove-export'; statement: TSESTree.ExportNamedDeclaration; specifier: TSESTree.ExportSpecifier };

/** The `config` Next reads: none, one it cannot read (a marker at `node`), or its value with the repairs that make it readable. */
export type ConfigReading =
  | { kind: 'none' }
  | { kind: 'unreadable'; node: TSESTree.Node; todo: string }
  | { kind: 'found'; init: TSESTree.Expression; statement: TSESTree.Node; repairs: Repair[] };

/** Top-level `const` declarators by name (the values a matcher may name). */
export function topLevelConsts(program: TSESTree.Program): Map<string, TSESTree.VariableDeclarator> {
  const consts = new Map<string, TSESTree.VariableDeclarator>();
  for (const statement of program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations) if (d.id.type === 'Identifier') consts.set(d.id.name, d);
  }
  return consts;
}

/** Whether `name` is assigned to anywhere (so a `let`/`var` cannot become `const`). */
function isReassigned(file: ParsedFile, name: string): boolean {
  let reassigned = false;
  walk(file, file.program, (node) => {
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === name) reassigned = true;
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier' && node.argument.name === name) reassigned = true;
  });
  return reassigned;
}

export function readConfig(file: ParsedFile, add: string): ConfigReading {
  let local: { declaration: TSESTree.VariableDeclaration; declarator: TSESTree.VariableDeclarator } | undefined;
  let exportedLocally: { statement: TSESTree.ExportNamedDeclaration; specifier: TSESTree.ExportSpecifier } | undefined;
  const repairs: Repair[] = [];
  for (const statement of file.program.body) {
    const at = statement;
    if (statement.type === 'ExportNamedDeclaration') {
      const decl = statement.declaration;
      if (decl?.type === 'VariableDeclaration') {
        const declarator = decl.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === 'config');
        if (declarator) {
          if (!declarator.init) return { kind: 'unreadable', node: at, todo: `\`export ${decl.kind} config\` has no value: ${add}` };
          if (decl.kind !== 'const') {
            if (decl.declarations.length > 1 || isReassigned(file, 'config')) {
              return { kind: 'unreadable', node: at, todo: `Next reads only \`export const config\`, not \`export ${decl.kind} config\`: make it a \`const\` and never reassign it` };
            }
            repairs.push({ kind: 'make-const', declaration: decl });
          }
          return { kind: 'found', init: declarator.init, statement, repairs };
        }
      }
      if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id?.name === 'config') {
        return { kind: 'unreadable', node: at, todo: `Next reads only \`export const config = { … }\`, and this \`config\` is a ${decl.type === 'ClassDeclaration' ? 'class' : 'function'}: rename it and ${add}` };
      }
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
        if (exported !== 'config') continue;
        if (statement.source) return { kind: 'unreadable', node: at, todo: `Next cannot read a \`config\` re-exported from \`${statement.source.value}\`: write \`export const config = { matcher: [${CANONICAL_LITERAL}] }\` in this file` };
        const localName = specifier.local.type === 'Identifier' ? specifier.local.name : specifier.local.value;
        if (localName !== 'config') return { kind: 'unreadable', node: at, todo: `Next cannot read \`export { ${localName} as config }\`: declare it as \`export const config = { … }\`` };
        exportedLocally = { statement, specifier };
      }
    } else if (statement.type === 'VariableDeclaration') {
      const declarator = statement.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === 'config');
      if (declarator) local = { declaration: statement, declarator };
    } else if (statement.type === 'ImportDeclaration') {
      if (statement.specifiers.some((s) => s.local.name === 'config')) return { kind: 'unreadable', node: at, todo: `this file imports its own \`config\`, so Next's cannot be added: rename the import and ${add}` };
    } else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id?.name === 'config') {
      return { kind: 'unreadable', node: at, todo: `this file declares its own \`config\`, so Next's cannot be added: rename it and ${add}` };
    }
  }
  if (local === undefined) {
    return exportedLocally ? { kind: 'unreadable', node: exportedLocally.statement, todo: 'Next cannot read `export { config }` of a value it cannot see: declare it as `export const config = { … }`' } : { kind: 'none' };
  }
  const { declaration, declarator } = local;
  const init = declarator.init ? unwrap(declarator.init) : undefined;
  const looksLikeNextConfig = init?.type === 'ObjectExpression' && init.properties.some((p) => p.type === 'Property' && propertyName(p) === 'matcher');
  if (!exportedLocally && !looksLikeNextConfig) return { kind: 'unreadable', node: declaration, todo: `this file has its own \`config\`, so Next's cannot be added: rename it and ${add}` };
  if (declaration.declarations.length > 1 || !declarator.init || (declaration.kind !== 'const' && isReassigned(file, 'config'))) {
    return { kind: 'unreadable', node: declaration, todo: 'Next reads only `export const config = { … }`: declare `config` that way (one declaration, never reassigned)' };
  }
  // `export { config }`, or a `config` with a matcher that was never exported: export the declaration itself.
  repairs.push({ kind: 'export-declaration', declaration });
  if (exportedLocally) repairs.push({ kind: 'remove-export', ...exportedLocally });
  return { kind: 'found', init: declarator.init, statement: declaration, repairs };
}


export interface ReadMatcher {
  entries: MatcherEntry[];
  /** The string literals of plain entries (for an edit of one entry). */
  literals: (TSESTree.Node | undefined)[];
  /** Every entry is a plain path string (so an inlined value can be written back as strings). */
  plain: boolean;
  /** Local consts whose values were read through a name (to inline). */
  via: TSESTree.VariableDeclarator[];
}

export type MatcherReading = { ok: true; value: ReadMatcher } | { ok: false; why: string };

const stringOf = (n: TSESTree.Node): string | undefined => {
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
};

/** The matcher as Next would read it, following names bound to top-level `const`s (`via`). */
export function readMatcher(node: TSESTree.Node, consts: Map<string, TSESTree.VariableDeclarator>): MatcherReading {
  const via: TSESTree.VariableDeclarator[] = [];
  const entries: MatcherEntry[] = [];
  const literals: (TSESTree.Node | undefined)[] = [];
  let plain = true;
  // Next reads through `as`, `satisfies` and `<T>`, not through `x!` (the rule agrees).
  const read = (n: TSESTree.Node): TSESTree.Node | string => (n.type === 'TSNonNullExpression' ? 'a non-null assertion `!`' : unwrap(n));
  const throughName = (raw: TSESTree.Node): TSESTree.Node | string => {
    const n = read(raw);
    if (typeof n === 'string' || n.type !== 'Identifier') return n;
    const decl = consts.get(n.name);
    if (!decl?.init) return `the name \`${n.name}\``;
    if (!via.includes(decl)) via.push(decl);
    return read(decl.init);
  };
  const readEntry = (raw: TSESTree.Node): string | undefined => {
    const entry = throughName(raw);
    if (typeof entry === 'string') return entry;
    const text = stringOf(entry);
    if (text !== undefined) {
      entries.push({ source: text, conditional: false });
      literals.push(entry);
      return undefined;
    }
    if (entry.type === 'ObjectExpression') {
      plain = false;
      let source: string | undefined;
      let conditional = false;
      for (const property of entry.properties) {
        if (property.type !== 'Property') return 'a spread inside a matcher object';
        const key = propertyName(property);
        if (key === undefined) return 'a computed key inside a matcher object';
        if (key === 'source') source = stringOf(unwrap(property.value));
        if (key === 'has' || key === 'missing') conditional = true;
      }
      if (source === undefined) return 'a matcher object without a literal `source`';
      entries.push({ source, conditional });
      literals.push(undefined);
      return undefined;
    }
    if (entry.type === 'TemplateLiteral') return 'a template literal with `${}`';
    if (entry.type === 'CallExpression') return 'a function call';
    if (entry.type === 'MemberExpression') return 'a property access';
    return 'an expression Next does not evaluate';
  };
  const fail = (why: string): MatcherReading => ({ ok: false, why });
  const top = throughName(node);
  if (typeof top === 'string') return fail(top);
  if (top.type !== 'ArrayExpression') {
    const why = readEntry(top);
    return why ? fail(why) : { ok: true, value: { entries, literals, plain, via } };
  }
  for (const element of top.elements) {
    if (element === null) continue;
    if (element.type !== 'SpreadElement') {
      const why = readEntry(element);
      if (why) return fail(why);
      continue;
    }
    const spread = throughName(element.argument);
    if (typeof spread === 'string') return fail(`a spread of ${spread.slice(4)}`);
    if (spread.type !== 'ArrayExpression' || spread === top) return fail('a spread');
    for (const inner of spread.elements) {
      if (inner === null) continue;
      if (inner.type === 'SpreadElement') return fail('a nested spread');
      const why = readEntry(inner);
      if (why) return fail(why);
      literals[literals.length - 1] = undefined; // inside a spread const: not editable in place
    }
  }
  return { ok: true, value: { entries, literals, plain, via } };
}

/** The old matcher as a marker shows it: its text on one line without comments, with the values of the names it used. */
export function previousText(file: ParsedFile, matcher: TSESTree.Property, via: TSESTree.VariableDeclarator[]): { value: string; names: string } {
  const sourceCode = tsSourceCode(file);
  const oneLine = (node: TSESTree.Node) => {
    let text = '';
    let at = node.range[0];
    for (const comment of sourceCode.getCommentsInside(node)) {
      text += file.text.slice(at, comment.range[0]);
      at = comment.range[1];
    }
    return (text + file.text.slice(at, node.range[1]))
      .replace(/,\s*\n\s*([\]}])/g, '$1')
      .replace(/([[{])\s*\n\s*/g, '$1')
      .replace(/\s*\n\s*([\]}])/g, '$1')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  };
  const own = oneLine(matcher.value);
  const names = via.map((d) => `${(d.id as TSESTree.Identifier).name} = ${oneLine(d.init!)}`);
  return { value: names.length > 0 ? `${own} (${names.join('; ')})` : own, names: via.map((d) => `\`${(d.id as TSESTree.Identifier).name}\``).join(', ') };
}
