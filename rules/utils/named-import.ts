// Referring to a named export of a package from a fix: reuse the file's import of it (or a namespace import
// of the package), or add one in the file's own style (quotes, semicolons). No fix when the name is taken.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export interface NamedImportReference {
  /** What the fixed code calls: the local name, or `namespace.name`. */
  text: string;
  /** The edits that make `text` refer to the export (none when the file already imports it). */
  fixes(fixer: TSESLint.RuleFixer): TSESLint.RuleFix[];
}

const isValueImport = (decl: TSESTree.ImportDeclaration) => decl.importKind !== 'type';

/** Whether `name` is declared in the scope of `at` or an enclosing one, or used there as a global. */
function nameIsTaken(sourceCode: Readonly<TSESLint.SourceCode>, at: TSESTree.Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
    if (scope.set.has(name)) return true;
  }
  const globalScope = sourceCode.scopeManager?.globalScope;
  return globalScope?.through.some((ref) => ref.identifier.name === name) ?? false;
}

/**
 * How code at `at` can call `name` exported by one of `sources`, adding `import { name } from 'addFrom'`
 * when needed. `undefined` when it cannot: the name is taken, or the file has no ES imports to extend and
 * uses `require`.
 */
export function namedImportReference(
  sourceCode: Readonly<TSESLint.SourceCode>,
  at: TSESTree.Node,
  name: string,
  sources: readonly string[],
  addFrom: string,
): NamedImportReference | undefined {
  const program = sourceCode.ast;
  const imports = program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration);
  for (const decl of imports) {
    if (!sources.includes(decl.source.value) || !isValueImport(decl)) continue;
    for (const spec of decl.specifiers) {
      if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { text: `${spec.local.name}.${name}`, fixes: () => [] };
      if (spec.type !== AST_NODE_TYPES.ImportSpecifier || spec.importKind === 'type') continue;
      const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value;
      if (imported === name) return { text: spec.local.name, fixes: () => [] };
    }
  }
  if (nameIsTaken(sourceCode, at, name)) return undefined;

  const extendable = imports.find((d) => d.source.value === addFrom && isValueImport(d) && d.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportSpecifier));
  if (extendable) {
    const last = extendable.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier).at(-1)!;
    return { text: name, fixes: (fixer) => [fixer.insertTextAfter(last, `, ${name}`)] };
  }

  const lastImport = imports.at(-1);
  if (lastImport) {
    const quote = sourceCode.getText(lastImport.source)[0] ?? "'";
    const semi = sourceCode.getText(lastImport).endsWith(';') ? ';' : '';
    return { text: name, fixes: (fixer) => [fixer.insertTextAfter(lastImport, `\nimport { ${name} } from ${quote}${addFrom}${quote}${semi}`)] };
  }
  if (/\brequire\s*\(/.test(sourceCode.text)) return undefined; // CommonJS: an `import` would not load
  const directives = program.body.filter((s) => s.type === AST_NODE_TYPES.ExpressionStatement && typeof s.directive === 'string');
  const quoted = sourceCode.ast.tokens.find((t) => t.type === 'String');
  const quote = quoted?.value[0] === '"' ? '"' : "'";
  const first = program.body[0];
  const semi = first && sourceCode.getText(first).endsWith(';') ? ';' : '';
  const statement = `import { ${name} } from ${quote}${addFrom}${quote}${semi}`;
  const lastDirective = directives.at(-1);
  return {
    text: name,
    fixes: (fixer) => [lastDirective ? fixer.insertTextAfter(lastDirective, `\n${statement}`) : fixer.insertTextBeforeRange([0, 0], `${statement}\n`)],
  };
}

/** Deletes one specifier of an import, or the whole declaration (and its line) when it is the only one. */
export function removeImportSpecifier(sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, spec: TSESTree.ImportClause): TSESLint.RuleFix {
  const decl = spec.parent as TSESTree.ImportDeclaration;
  if (decl.specifiers.length === 1) {
    const end = sourceCode.text[decl.range[1]] === '\n' ? decl.range[1] + 1 : decl.range[1];
    return fixer.removeRange([decl.range[0], end]);
  }
  const index = decl.specifiers.indexOf(spec);
  const named = decl.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier);
  if (named.length === 1 && named[0] === spec) {
    // `import d, { type X } from`: the braces go too.
    const close = sourceCode.getTokenAfter(spec, (t) => t.value === '}')!;
    return fixer.removeRange([decl.specifiers[index - 1]!.range[1], close.range[1]]);
  }
  if (index > 0) {
    // `{ cookies, type X }`: from the end of the previous specifier.
    return fixer.removeRange([decl.specifiers[index - 1]!.range[1], spec.range[1]]);
  }
  // `{ type X, cookies }`: up to the next specifier.
  return fixer.removeRange([spec.range[0], decl.specifiers[1]!.range[0]]);
}
