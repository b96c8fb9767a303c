// `user_metadata` (`raw_user_meta_data` in `auth.users`) is written by the user: one
// `supabase.auth.updateUser({ data: { role: 'admin' } })` from the browser console sets any value (facts
// §2.15). Reported: a metadata value whose key names an access-control fact (`role`, `is_admin`, `plan`,
// `org_id`: core/auth-api.ts `isAuthorizationKey`) that decides a redirect, a return, a throw or a denial,
// that a function returns as a yes/no answer, or that filters a query. Display reads (names, avatars,
// greetings, JSX that only shows or hides markup) are fine. The suggestion renames the field to
// `app_metadata`; it is never automatic, because `app_metadata` holds nothing until the server writes it.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isAuthorizationKey, USER_METADATA_FIELDS } from '../core/auth-api.ts';
import { isFunction } from '../core/estree.ts';
import { createRule } from './utils/create-rule.ts';
import { decisionAround, exitOf } from './utils/exits.ts';
import { keyName, propertyName } from './utils/static-names.ts';

type MessageIds = 'decidesAccess' | 'filtersQuery' | 'useAppMetadata';

/** PostgREST filter methods of supabase-js query builders. */
const FILTER_METHODS = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'is', 'in', 'contains', 'containedBy', 'match', 'filter', 'or', 'not']);

/** Expressions whose boolean or compared value carries the metadata value on (`role === 'admin'`, `!isAdmin`). */
const DERIVING = new Set<string>([
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.CallExpression, // `['admin', 'owner'].includes(role)`, `Boolean(role)`
  AST_NODE_TYPES.MemberExpression, // `role.includes('admin')`
]);

interface MetadataValue {
  /** The node that evaluates to the value. */
  node: TSESTree.Node;
  key: string;
  field: string;
  /** `X.user_metadata.key`: the property to rename for the suggestion. */
  rename?: TSESTree.Node;
}

export default createRule<[], MessageIds>({
  name: 'no-user-metadata-authorization',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow access decisions and query filters based on `user_metadata`, which every user can write',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      decidesAccess:
        "`{{key}}` from `{{field}}` decides access here, but users write `{{field}}` themselves (`supabase.auth.updateUser({ data: { {{key}}: … } })`), so anyone can give it the value that lets them in; read it from `{{safe}}` (only the service role can set it) or from a table users cannot write.",
      filtersQuery:
        "`{{key}}` from `{{field}}` filters this query, but users write `{{field}}` themselves, so anyone can point it at rows that are not theirs; take the value from `{{safe}}` (only the service role can set it) or from a table users cannot write.",
      useAppMetadata:
        'Read `{{key}}` from `{{safe}}` (not automatic: `{{safe}}` is empty until your server writes the value there with the service role, so until then nobody passes this check).',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!/user_metadata|raw_user_meta_data/.test(sourceCode.text)) return {};

    const reported = new Set<TSESTree.Node>();
    const readsOf = (id: TSESTree.Identifier): TSESTree.Node[] =>
      (ASTUtils.findVariable(sourceCode.getScope(id), id)?.references ?? []).filter((r) => r.isRead() && !r.init).map((r) => r.identifier as TSESTree.Node);

    /** Values read from a metadata object held by `id` (`const meta = user.user_metadata`). */
    function fromObjectVariable(id: TSESTree.Identifier, field: string, out: MetadataValue[]): void {
      for (const read of readsOf(id)) {
        let holder = read;
        while (holder.parent?.type === AST_NODE_TYPES.TSNonNullExpression || holder.parent?.type === AST_NODE_TYPES.TSAsExpression) holder = holder.parent;
        const member = holder.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== holder) continue;
        const key = propertyName(member);
        if (key !== undefined) out.push({ node: member, key, field });
      }
    }

    /** Values bound by `{ role, is_admin: admin }` destructured from a metadata object. */
    function fromPattern(pattern: TSESTree.ObjectPattern, field: string, out: MetadataValue[]): void {
      for (const prop of pattern.properties) {
        if (prop.type !== AST_NODE_TYPES.Property) continue;
        const key = keyName(prop);
        const value = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
        if (key === undefined || value.type !== AST_NODE_TYPES.Identifier) continue;
        for (const read of readsOf(value)) out.push({ node: read, key, field });
      }
    }

    /** Where the metadata object `node` goes: a key read, a variable, a destructuring. */
    function valuesOfObject(node: TSESTree.Node, field: string, renameAt: TSESTree.Node | undefined): MetadataValue[] {
      const out: MetadataValue[] = [];
      let holder = node;
      // Through `!`, `as`, `?.` and a default: `user?.user_metadata ?? {}`.
      while (
        holder.parent &&
        (holder.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
          holder.parent.type === AST_NODE_TYPES.TSAsExpression ||
          holder.parent.type === AST_NODE_TYPES.ChainExpression ||
          (holder.parent.type === AST_NODE_TYPES.LogicalExpression && holder.parent.operator !== '&&' && holder.parent.left === holder))
      ) {
        holder = holder.parent;
      }
      const parent = holder.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === holder) {
        const key = propertyName(parent);
        if (key !== undefined) out.push({ node: parent, key, field, rename: renameAt });
      } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder) {
        if (parent.id.type === AST_NODE_TYPES.Identifier) fromObjectVariable(parent.id, field, out);
        else if (parent.id.type === AST_NODE_TYPES.ObjectPattern) fromPattern(parent.id, field, out);
      }
      return out;
    }

    /** The filter call `node` is an argument of (directly or as a property of a `.match({ … })` object). */
    function filterCallOf(node: TSESTree.Node): TSESTree.CallExpression | undefined {
      let child = node;
      if (child.parent?.type === AST_NODE_TYPES.Property && child.parent.value === child && child.parent.parent.type === AST_NODE_TYPES.ObjectExpression) child = child.parent.parent;
      const call = child.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(child as TSESTree.CallExpressionArgument)) return undefined;
      if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      return FILTER_METHODS.has(propertyName(call.callee) ?? '') ? call : undefined;
    }

    /** Whether JSX is part of `node` (`role === 'admin' && <AdminLink />` shows or hides markup). */
    function holdsMarkup(node: TSESTree.Node): boolean {
      if (node.type === AST_NODE_TYPES.JSXElement || node.type === AST_NODE_TYPES.JSXFragment) return true;
      if (isFunction(node)) return false;
      return (sourceCode.visitorKeys[node.type] ?? []).some((key) => {
        const child = (node as unknown as Record<string, unknown>)[key];
        return (Array.isArray(child) ? child : [child]).some((c) => c && typeof (c as TSESTree.Node).type === 'string' && holdsMarkup(c as TSESTree.Node));
      });
    }

    /** How the value at `node` is used: deciding access, filtering a query, or neither (display). */
    function useOf(node: TSESTree.Node, depth = 0): { kind: 'decidesAccess' | 'filtersQuery'; at: TSESTree.Node } | undefined {
      if (depth > 3) return undefined;
      let value = node;
      while (value.parent && (value.parent.type === AST_NODE_TYPES.ChainExpression || value.parent.type === AST_NODE_TYPES.TSNonNullExpression || value.parent.type === AST_NODE_TYPES.TSAsExpression)) value = value.parent;
      const filter = filterCallOf(value);
      if (filter) return { kind: 'filtersQuery', at: filter };
      const around = decisionAround(node);
      if (around && around.branches.some((b) => exitOf(b, sourceCode.visitorKeys) !== undefined)) return { kind: 'decidesAccess', at: around.decision };
      // Follow the derived yes/no answer: `const isAdmin = role === 'admin'`, `return role === 'admin'`.
      let top = node;
      let derived = false;
      while (top.parent && DERIVING.has(top.parent.type)) {
        derived ||= top.parent.type === AST_NODE_TYPES.BinaryExpression || top.parent.type === AST_NODE_TYPES.UnaryExpression || top.parent.type === AST_NODE_TYPES.CallExpression;
        top = top.parent;
      }
      const parent = top.parent;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === top && parent.id.type === AST_NODE_TYPES.Identifier && (derived || depth === 0)) {
        for (const read of readsOf(parent.id)) {
          const use = useOf(read, depth + 1);
          if (use) return use;
        }
        return undefined;
      }
      // A yes/no answer, not markup shown or hidden (`return isAdmin && <AdminLink />`).
      const returned = parent?.type === AST_NODE_TYPES.ReturnStatement || (parent && isFunction(parent) && parent.body === top);
      if (returned && derived && !holdsMarkup(top)) return { kind: 'decidesAccess', at: top };
      return undefined;
    }

    function check(values: readonly MetadataValue[]): void {
      for (const value of values) {
        if (!isAuthorizationKey(value.key)) continue;
        const use = useOf(value.node);
        if (!use || reported.has(use.at)) continue;
        reported.add(use.at);
        const safe = USER_METADATA_FIELDS[value.field]!;
        const data = { key: value.key, field: value.field, safe };
        const rename = value.rename;
        const suggest: TSESLint.ReportSuggestionArray<MessageIds> = rename
          ? [{ messageId: 'useAppMetadata', data, fix: (fixer) => fixer.replaceText(rename, rename.type === AST_NODE_TYPES.Literal ? `${sourceCode.getText(rename)[0]}${safe}${sourceCode.getText(rename)[0]}` : safe) }]
          : [];
        context.report({ node: value.node, messageId: use.kind, data, suggest });
      }
    }

    return {
      MemberExpression(node) {
        const field = propertyName(node);
        if (field === undefined || !(field in USER_METADATA_FIELDS)) return;
        check(valuesOfObject(node, field, node.property));
      },
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectPattern) return;
        const field = keyName(node);
        if (field === undefined || !(field in USER_METADATA_FIELDS)) return;
        const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
        const values: MetadataValue[] = [];
        if (value.type === AST_NODE_TYPES.ObjectPattern) fromPattern(value, field, values);
        else if (value.type === AST_NODE_TYPES.Identifier) fromObjectVariable(value, field, values);
        check(values);
      },
    };
  },
});
