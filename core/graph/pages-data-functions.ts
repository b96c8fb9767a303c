// Next removes `getServerSideProps`, `getStaticProps` and `getStaticPaths` from a Pages Router page's
// browser bundle, together with every import only they use (next-ssg-transform). Those imports therefore
// reach the server only, even though the page's component runs in the browser too.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { PAGES_DATA_FUNCTIONS } from '../next.ts';
import { childNodes } from '../estree.ts';

/** The exported data functions of a page module (`export async function getServerSideProps`, `export const …`). */
function dataFunctionNodes(program: TSESTree.Program): Set<TSESTree.Node> {
  const nodes = new Set<TSESTree.Node>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || !statement.declaration) continue;
    const decl = statement.declaration;
    if (decl.type === AST_NODE_TYPES.FunctionDeclaration && decl.id && PAGES_DATA_FUNCTIONS.includes(decl.id.name)) nodes.add(decl);
    if (decl.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const d of decl.declarations) {
        if (d.id.type === AST_NODE_TYPES.Identifier && PAGES_DATA_FUNCTIONS.includes(d.id.name) && d.init) nodes.add(d.init);
      }
    }
  }
  return nodes;
}

/** TS nodes that hold run-time values; every other `TS*` node is a type, erased before bundling. */
const VALUE_TS_NODES = new Set([
  'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression',
  'TSParameterProperty', 'TSEnumDeclaration', 'TSEnumBody', 'TSEnumMember', 'TSModuleDeclaration', 'TSModuleBlock',
  'TSExportAssignment', 'TSImportEqualsDeclaration', 'TSExternalModuleReference',
]);

export const isTypeNode = (node: TSESTree.Node): boolean => node.type.startsWith('TS') && !VALUE_TS_NODES.has(node.type);

/** Whether `node` is an identifier that names something (not a property name or a member's key). */
function isReference(node: TSESTree.Node, parent: TSESTree.Node | undefined): node is TSESTree.Identifier {
  if (node.type !== AST_NODE_TYPES.Identifier || !parent) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand) return false;
  if (parent.type === AST_NODE_TYPES.ImportSpecifier || parent.type === AST_NODE_TYPES.ImportDefaultSpecifier || parent.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return false;
  return true;
}

/** Import sources of a page whose every imported name is used only inside its data functions. */
export function dataFunctionOnlySources(program: TSESTree.Program): Set<string> {
  const sourceOf = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
    for (const spec of statement.specifiers) sourceOf.set(spec.local.name, statement.source.value);
  }
  const dataFunctions = dataFunctionNodes(program);
  const usedElsewhere = new Set<string>();
  const usedInData = new Set<string>();
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined, inData: boolean) => {
    if (isTypeNode(node)) return;
    if (isReference(node, parent) && sourceOf.has(node.name)) (inData ? usedInData : usedElsewhere).add(node.name);
    for (const child of childNodes(node)) visit(child, node, inData || dataFunctions.has(child));
  };
  for (const statement of program.body) if (statement.type !== AST_NODE_TYPES.ImportDeclaration) visit(statement, program, dataFunctions.has(statement));
  const sources = new Set<string>();
  const blocked = new Set<string>();
  for (const [local, source] of sourceOf) {
    if (usedElsewhere.has(local)) blocked.add(source);
    else if (usedInData.has(local)) sources.add(source);
  }
  for (const source of blocked) sources.delete(source);
  return sources;
}
