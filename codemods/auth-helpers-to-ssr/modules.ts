// Loads of the helper packages other than static imports: `require()` and `import()` (only a
// destructuring of shim names has a mechanical replacement, the specifier), and re-exports (shim names →
// `@supabase/ssr`, types → `export type … from '@supabase/supabase-js'`); anything else → a marker.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { AUTH_HELPERS_NEXTJS_EXPORTS, SSR_PACKAGE, SSR_SHIM_EXPORTS, SUPABASE_JS_PACKAGE } from '../../core/supabase.ts';
import { walk } from '../lib/source-code.ts';
import { quoted } from '../lib/style.ts';
import { helperPackage, identifierName, NEXTJS, REACT } from './read.ts';
import type { Rewrite } from './write.ts';

/** Replaces a module specifier literal, keeping its quotes. */
export function retarget(w: Rewrite, literal: TSESTree.Node, target: string): void {
  const raw = w.file.text[literal.range[0]];
  w.replace(literal.range, raw === '"' || raw === "'" ? `${raw}${target}${raw}` : quoted(target, w.file.style));
}

export function migrateRequires(w: Rewrite): void {
  walk(w.file.parsed, w.file.program, (node) => {
    let source: TSESTree.Node | undefined;
    let kind: string;
    if (node.type === 'CallExpression' && identifierName(node.callee) === 'require') [source, kind] = [node.arguments[0], 'require'];
    else if (node.type === 'ImportExpression') [source, kind] = [node.source, 'import'];
    else return;
    const value = source?.type === 'Literal' ? source.value : undefined;
    const helper = helperPackage(value);
    if (!source || (helper !== NEXTJS && helper !== REACT)) return;
    let holder = node.parent;
    if (holder?.type === 'AwaitExpression') holder = holder.parent;
    const pattern = holder?.type === 'VariableDeclarator' ? holder.id : undefined;
    const shimOnly =
      pattern?.type === 'ObjectPattern' && pattern.properties.length > 0 &&
      pattern.properties.every((p) => p.type === 'Property' && !p.computed && SSR_SHIM_EXPORTS.includes(identifierName(p.key) ?? ''));
    if (shimOnly) retarget(w, source, SSR_PACKAGE);
    else w.todo(node, `\`${kind}('${String(value)}')\`: import the names you use with a static \`import { … } from '${String(value)}'\` and run this codemod again, or move to ${SSR_PACKAGE} by hand`);
  });
}

export function migrateReexports(w: Rewrite): void {
  for (const statement of w.file.program.body) {
    if (statement.type === 'ExportAllDeclaration') {
      const source = statement.source.value;
      const helper = helperPackage(source);
      if (helper === NEXTJS || helper === REACT) w.todo(statement, `\`export * from '${source}'\`: re-export the ${SSR_PACKAGE} names you need instead`);
      continue;
    }
    if (statement.type !== 'ExportNamedDeclaration' || !statement.source) continue;
    const source = helperPackage(statement.source.value);
    if (source !== NEXTJS && source !== REACT) continue;
    const names = statement.specifiers.map((s) => (s.local.type === 'Identifier' ? s.local.name : s.local.value));
    if (names.length > 0 && names.every((n) => SSR_SHIM_EXPORTS.includes(n))) {
      retarget(w, statement.source, SSR_PACKAGE);
    } else if (source === NEXTJS && names.length > 0 && names.every((n) => AUTH_HELPERS_NEXTJS_EXPORTS[n]?.migration === 'type')) {
      retarget(w, statement.source, SUPABASE_JS_PACKAGE);
      if (w.file.typescript) typeOnly(w, statement);
    } else {
      w.todo(statement, `re-export from ${source}: re-export your own factories (or ${SSR_PACKAGE} names) instead`);
    }
  }
}

/** `export { type A, B }` / `import { type A, B }` → `export type { A, B }` / `import type { A, B }`. */
export function typeOnly(w: Rewrite, statement: TSESTree.ExportNamedDeclaration | TSESTree.ImportDeclaration): void {
  const keyword = w.file.sourceCode.getFirstToken(statement)!;
  if (statement.type === 'ExportNamedDeclaration' ? statement.exportKind === 'type' : statement.importKind === 'type') return;
  w.replace([keyword.range[1], keyword.range[1]], ' type');
  for (const spec of statement.specifiers) {
    const kind = spec.type === 'ExportSpecifier' ? spec.exportKind : spec.type === 'ImportSpecifier' ? spec.importKind : undefined;
    if (kind !== 'type') continue;
    const typeToken = w.file.sourceCode.getFirstToken(spec)!;
    const next = w.file.sourceCode.getTokenAfter(typeToken)!;
    w.replace([typeToken.range[0], next.range[0]], '');
  }
}
