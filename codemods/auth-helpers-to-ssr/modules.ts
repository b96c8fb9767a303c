// Loads of the helper packages other than static imports: `require()` and `import()` (only a
// destructuring of shim names has a mechanical replacement, the specifier), and re-exports (shim names →
// `@supabase/ssr`, types → `export type … from '@supabase/supabase-js'`); anything else → a marker. Also
// the two edits that retarget a declaration (imports.ts uses them for whole import declarations).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { SSR_PACKAGE, SSR_SHIM_EXPORTS, SUPABASE_JS_PACKAGE } from '../../core/supabase.ts';
import { walk } from '../lib/source-code.ts';
import { quoted } from '../lib/style.ts';
import type { Step, Writer } from './plan.ts';
import { helperPackage, identifierName, NEXTJS, REACT, wholeTarget, type HelperFile } from './read.ts';

/** Replaces a module specifier literal, keeping its quotes. */
export function retarget(w: Writer, literal: TSESTree.Node, target: string): void {
  const raw = w.file.text[literal.range[0]];
  w.replace(literal.range, raw === '"' || raw === "'" ? `${raw}${target}${raw}` : quoted(target, w.file.style));
}

export function decideModules(file: HelperFile): Step[] {
  const steps: Step[] = [];
  walk(file.parsed, file.program, (node) => {
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
    if (shimOnly) steps.push({ kind: 'retarget', literal: source, target: SSR_PACKAGE });
    else steps.push({ kind: 'mark', node, message: `\`${kind}('${String(value)}')\`: import the names you use with a static \`import { … } from '${String(value)}'\` and run this codemod again, or move to ${SSR_PACKAGE} by hand` });
  });
  for (const statement of file.program.body) {
    if (statement.type === 'ExportAllDeclaration') {
      const source = statement.source.value;
      const helper = helperPackage(source);
      if (helper === NEXTJS || helper === REACT) steps.push({ kind: 'mark', node: statement, message: `\`export * from '${source}'\`: re-export the ${SSR_PACKAGE} names you need instead` });
      continue;
    }
    if (statement.type !== 'ExportNamedDeclaration' || !statement.source) continue;
    const source = helperPackage(statement.source.value);
    if (source !== NEXTJS && source !== REACT) continue;
    const target = wholeTarget(file, statement);
    if (target) steps.push({ kind: 'retarget', literal: statement.source, target, typeOnly: target === SUPABASE_JS_PACKAGE && file.typescript ? statement : undefined });
    else steps.push({ kind: 'mark', node: statement, message: `re-export from ${source}: re-export your own factories (or ${SSR_PACKAGE} names) instead` });
  }
  return steps;
}

/** `export { type A, B }` / `import { type A, B }` → `export type { A, B }` / `import type { A, B }`. */
export function typeOnly(w: Writer, statement: TSESTree.ExportNamedDeclaration | TSESTree.ImportDeclaration): void {
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
