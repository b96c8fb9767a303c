// A module summary: what a file imports, exports and declares at the top level, read from any ESTree
// (ESLint's own AST for the linted file, oxc's for the others). It holds no answer about other files:
// what each name *is* is worked out lazily by evaluate.ts, so a summary never has to be recomputed
// because another file changed.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';

/** An import as written: `imported` is the exported name, `'default'` or `'*'` (namespace). */
export interface ImportBinding {
  source: string;
  imported: string;
  /** `import type`, `import { type X }`: erased at compile time, no runtime edge. */
  typeOnly: boolean;
}

export type ExportBinding = { local: string } | { source: string; imported: string };

export interface ModuleSummary {
  directives: readonly string[];
  /** Local name → what it imports (`import` declarations and top-level `require()`). */
  imports: ReadonlyMap<string, ImportBinding>;
  /** Top-level names → the node that gives their value (a function, or a variable's initialiser). */
  declarations: ReadonlyMap<string, TSESTree.Node>;
  /** Exported name → its local name, or the module and name it re-exports. */
  exports: ReadonlyMap<string, ExportBinding>;
  /** Sources of `export * from '…'`, in order. */
  starSources: readonly string[];
}

export const EMPTY_SUMMARY: ModuleSummary = { directives: [], imports: new Map(), declarations: new Map(), exports: new Map(), starSources: [] };

const nameOf = (node: TSESTree.Identifier | TSESTree.StringLiteral): string => (node.type === AST_NODE_TYPES.Identifier ? node.name : node.value);

/** `require('x')`, `await import('x')` → `'x'`. */
export function requireSource(node: TSESTree.Node | null | undefined): string | undefined {
  let expr = node;
  if (expr?.type === AST_NODE_TYPES.AwaitExpression) expr = expr.argument;
  if (expr?.type === AST_NODE_TYPES.ImportExpression && expr.source.type === AST_NODE_TYPES.Literal && typeof expr.source.value === 'string') {
    return expr.source.value;
  }
  if (
    expr?.type === AST_NODE_TYPES.CallExpression &&
    expr.callee.type === AST_NODE_TYPES.Identifier &&
    expr.callee.name === 'require' &&
    expr.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof expr.arguments[0].value === 'string'
  ) {
    return expr.arguments[0].value;
  }
  return undefined;
}

export function leadingDirectives(program: TSESTree.Program): string[] {
  const directives: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string') break;
    directives.push(statement.directive);
  }
  return directives;
}

function addImport(imports: Map<string, ImportBinding>, statement: TSESTree.ImportDeclaration): void {
  for (const spec of statement.specifiers) {
    const imported =
      spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? '*'
      : spec.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default'
      : nameOf(spec.imported);
    const typeOnly = statement.importKind === 'type' || (spec.type === AST_NODE_TYPES.ImportSpecifier && spec.importKind === 'type');
    imports.set(spec.local.name, { source: statement.source.value, imported, typeOnly });
  }
}

/** `const x = require('m')`, `const { a, b: c } = require('m')` at the top level. */
function addRequire(imports: Map<string, ImportBinding>, decl: TSESTree.VariableDeclarator): boolean {
  const source = requireSource(decl.init);
  if (source === undefined) return false;
  if (decl.id.type === AST_NODE_TYPES.Identifier) imports.set(decl.id.name, { source, imported: '*', typeOnly: false });
  if (decl.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const prop of decl.id.properties) {
      if (prop.type !== AST_NODE_TYPES.Property || prop.computed || prop.value.type !== AST_NODE_TYPES.Identifier) continue;
      const key = prop.key.type === AST_NODE_TYPES.Identifier ? prop.key.name : String((prop.key as TSESTree.Literal).value);
      imports.set(prop.value.name, { source, imported: key, typeOnly: false });
    }
  }
  return true;
}

function addDeclaration(declarations: Map<string, TSESTree.Node>, imports: Map<string, ImportBinding>, node: TSESTree.Node): string[] {
  if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id) {
    declarations.set(node.id.name, node);
    return [node.id.name];
  }
  if (node.type === AST_NODE_TYPES.ClassDeclaration && node.id) return [node.id.name];
  if (node.type !== AST_NODE_TYPES.VariableDeclaration) return [];
  const names: string[] = [];
  for (const decl of node.declarations) {
    if (addRequire(imports, decl)) continue;
    if (decl.id.type === AST_NODE_TYPES.Identifier) {
      names.push(decl.id.name);
      if (decl.init) declarations.set(decl.id.name, decl.init);
    }
  }
  return names;
}

export function summarize(program: TSESTree.Program): ModuleSummary {
  const imports = new Map<string, ImportBinding>();
  const declarations = new Map<string, TSESTree.Node>();
  const exports = new Map<string, ExportBinding>();
  const starSources: string[] = [];
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        addImport(imports, statement);
        break;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (statement.exportKind === 'type') break;
        if (statement.declaration) {
          for (const name of addDeclaration(declarations, imports, statement.declaration)) exports.set(name, { local: name });
        }
        for (const spec of statement.specifiers) {
          if (spec.exportKind === 'type') continue;
          const local = nameOf(spec.local);
          exports.set(nameOf(spec.exported), statement.source ? { source: statement.source.value, imported: local } : { local });
        }
        break;
      case AST_NODE_TYPES.ExportDefaultDeclaration: {
        const decl = statement.declaration;
        if ((decl.type === AST_NODE_TYPES.FunctionDeclaration || decl.type === AST_NODE_TYPES.ClassDeclaration) && decl.id) {
          addDeclaration(declarations, imports, decl);
          exports.set('default', { local: decl.id.name });
        } else if (decl.type === AST_NODE_TYPES.Identifier) {
          exports.set('default', { local: decl.name });
        } else {
          declarations.set('default', decl);
          exports.set('default', { local: 'default' });
        }
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exportKind === 'type') break;
        if (statement.exported) exports.set(nameOf(statement.exported), { source: statement.source.value, imported: '*' });
        else starSources.push(statement.source.value);
        break;
      default:
        addDeclaration(declarations, imports, statement);
    }
  }
  return { directives: leadingDirectives(program), imports, declarations, exports, starSources };
}
