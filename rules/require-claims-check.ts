// `auth.getClaims()` resolves to `{ data: null, error: null }` when there is no session (facts §1.1,
// §2.11): an access check on `error` alone lets signed-out visitors through, and `data.claims` (or
// destructuring `{ data: { claims } }`) throws for them. Server code only: that is where the result decides
// who sees what (a browser component re-renders on the next auth event). A call with a token argument is
// not checked: a non-empty token never yields `data: null` without an error.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { GET_CLAIMS_METHOD } from '../core/auth-api.ts';
import { createRule } from './utils/create-rule.ts';
import { decisionAround, exitOf } from './utils/exits.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { enclosingFunction, regionOf } from './utils/regions.ts';
import { propertyName } from './utils/static-names.ts';

type MessageIds = 'errorOnlyCheck' | 'unguardedClaims' | 'destructuredClaims' | 'addClaimsCheck';

/** Where the awaited result went: its `data` and `error` as nodes that evaluate to them. */
interface ResultUses {
  data: TSESTree.Node[];
  error: TSESTree.Node[];
  /** The `{ … }` pattern the result was destructured with, to add `data` to. */
  pattern?: TSESTree.ObjectPattern;
  /** What the fix calls `data` (`data`, `result.data`, a renamed binding). */
  dataText?: string;
}

const isTransparent = (node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.AwaitExpression ||
  node.type === AST_NODE_TYPES.TSAsExpression ||
  node.type === AST_NODE_TYPES.TSNonNullExpression ||
  node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
  node.type === AST_NODE_TYPES.ChainExpression;

export default createRule<[], MessageIds>({
  name: 'require-claims-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require server code to check `data?.claims` after `getClaims()`, which returns no error when there is no session',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      errorOnlyCheck:
        'This access check only looks at `error`, but `getClaims()` returns `{ data: null, error: null }` when there is no session, so signed-out visitors get through; check `{{test}}`.',
      unguardedClaims:
        '`{{data}}` from `getClaims()` is `null` when there is no session (with no `error`), so `{{text}}` throws for signed-out visitors; check `if (error || !{{data}}?.claims)` and redirect before reading the claims.',
      destructuredClaims:
        'Destructuring `claims` from `data` throws for signed-out visitors: `getClaims()` returns `{ data: null, error: null }` when there is no session; keep `data` and check `if (error || !data?.claims)` before reading the claims.',
      addClaimsCheck: 'Also deny access when there are no claims: `{{test}}`.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!sourceCode.text.includes(GET_CLAIMS_METHOD)) return {};
    const file = ruleFileContext(context);
    if (file.role === 'client') return {};

    const variableOf = (id: TSESTree.Identifier) => ASTUtils.findVariable(sourceCode.getScope(id), id);
    const readsOf = (id: TSESTree.Identifier): TSESTree.Node[] =>
      (variableOf(id)?.references ?? []).filter((r) => r.isRead() && !r.init).map((r) => r.identifier as TSESTree.Node);

    /** `data` and `error` of the awaited result, as written in this file. */
    function usesOf(call: TSESTree.CallExpression): ResultUses | undefined {
      let holder: TSESTree.Node = call;
      let awaited = false;
      while (holder.parent && isTransparent(holder.parent)) {
        holder = holder.parent;
        awaited ||= holder.type === AST_NODE_TYPES.AwaitExpression;
      }
      if (!awaited) return undefined; // a promise: `.then(…)`, handed on, returned
      const declarator = holder.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== holder) return undefined;
      const uses: ResultUses = { data: [], error: [] };
      if (declarator.id.type === AST_NODE_TYPES.Identifier) {
        // const result = await supabase.auth.getClaims(); result.data / result.error
        for (const read of readsOf(declarator.id)) {
          const member = read.parent;
          if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) return undefined; // handed on whole
          const name = propertyName(member);
          if (name === 'data') uses.data.push(member);
          else if (name === 'error') uses.error.push(member);
        }
        uses.dataText = `${declarator.id.name}.data`;
        return uses;
      }
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
      uses.pattern = declarator.id;
      for (const prop of declarator.id.properties) {
        if (prop.type !== AST_NODE_TYPES.Property) continue;
        const key = prop.computed ? undefined : prop.key.type === AST_NODE_TYPES.Identifier ? prop.key.name : undefined;
        const value = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
        if (key === 'data' && value.type === AST_NODE_TYPES.ObjectPattern) {
          context.report({ node: value, messageId: 'destructuredClaims' });
          return undefined;
        }
        if (value.type !== AST_NODE_TYPES.Identifier) continue;
        if (key === 'data') {
          uses.data.push(...readsOf(value));
          uses.dataText = value.name;
        } else if (key === 'error') {
          uses.error.push(...readsOf(value));
        }
      }
      return uses;
    }

    /** Nodes that hold the claims or a value read from them (`data?.claims`, `const user = data?.claims`). */
    function derivedReads(data: readonly TSESTree.Node[]): TSESTree.Node[] {
      const out: TSESTree.Node[] = [...data];
      for (const read of data) {
        let top = read;
        while (top.parent && (isTransparent(top.parent) || (top.parent.type === AST_NODE_TYPES.MemberExpression && top.parent.object === top))) top = top.parent;
        const parent = top.parent;
        if (top !== read && parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === top && parent.id.type === AST_NODE_TYPES.Identifier) {
          out.push(...readsOf(parent.id));
        }
      }
      return out;
    }

    /** Whether `node` sits in the test of an `if`/ternary/`&&`, i.e. something checks it. */
    const isTested = (node: TSESTree.Node) => decisionAround(node) !== undefined;

    /** `data.claims` / `data!.claims` / `const { claims } = data`: reads that throw when `data` is null. */
    function unsafeRead(read: TSESTree.Node): TSESTree.Node | undefined {
      let child = read;
      while (child.parent?.type === AST_NODE_TYPES.TSNonNullExpression || child.parent?.type === AST_NODE_TYPES.TSAsExpression) child = child.parent;
      const parent = child.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === child && !parent.optional) return parent;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child && parent.id.type === AST_NODE_TYPES.ObjectPattern) return parent.id;
      return undefined;
    }

    /** Whether a check of the claims before `node` (an `if` that leaves) or around it (a branch) protects it. */
    function isProtected(node: TSESTree.Node, checks: readonly TSESTree.Node[]): boolean {
      return checks.some((check) => {
        const around = decisionAround(check);
        if (!around) return false;
        if (around.branches.some((b) => b.range[0] <= node.range[0] && node.range[1] <= b.range[1])) return true;
        return around.decision.range[1] <= node.range[0] && around.branches.some((b) => exitOf(b, sourceCode.visitorKeys) !== undefined);
      });
    }

    /**
     * `error` → `error || !data?.claims` at the read of `error` in the test: in `if (error && onAppPath)` or
     * `if (!error) … else redirect()` the condition then holds for signed-out visitors exactly where it held
     * for an error. No suggestion when the read is not a plain yes/no (`error.status === 401`).
     */
    function suggestion(errorRead: TSESTree.Node, uses: ResultUses, call: TSESTree.CallExpression): { check: string; suggest: TSESLint.ReportSuggestionArray<MessageIds> } {
      let dataText = uses.dataText;
      const errorText = sourceCode.getText(errorRead);
      const check = `${errorText} || !${dataText ?? 'data'}?.claims`;
      let top = errorRead;
      while (top.parent && isTransparent(top.parent)) top = top.parent;
      const parent = top.parent;
      const plain = parent?.type !== AST_NODE_TYPES.MemberExpression && parent?.type !== AST_NODE_TYPES.BinaryExpression && parent?.type !== AST_NODE_TYPES.CallExpression;
      const fixes: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix)[] = [];
      if (dataText === undefined) {
        const first = uses.pattern?.properties[0];
        let taken = false;
        for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(call); scope && !taken; scope = scope.upper) taken = scope.set.has('data');
        if (!first || taken) return { check, suggest: [] };
        dataText = 'data';
        fixes.push((fixer) => fixer.insertTextBefore(first, 'data, '));
      }
      if (!plain) return { check, suggest: [] };
      const bare = parent?.type === AST_NODE_TYPES.IfStatement || parent?.type === AST_NODE_TYPES.ConditionalExpression || (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '||');
      const replacement = bare ? check : `(${check})`;
      return { check, suggest: [{ messageId: 'addClaimsCheck', data: { test: check }, fix: (fixer) => [...fixes.map((f) => f(fixer)), fixer.replaceText(errorRead, replacement)] }] };
    }

    function check(call: TSESTree.CallExpression): void {
      const uses = usesOf(call);
      if (!uses) return;
      const claimReads = derivedReads(uses.data);
      const checks = claimReads.filter(isTested);
      const fn = enclosingFunction(call);
      const inScope = (node: TSESTree.Node) => enclosingFunction(node) === fn;

      if (checks.length === 0) {
        // An `if (error)` that leaves: an access check, unless `data` is read null-safely afterwards (a
        // public page that only handles the error) and nothing denies access.
        const dataReadSafely = uses.data.length > 0 && uses.data.every((read) => !unsafeRead(read));
        for (const errorRead of uses.error.filter(inScope)) {
          const around = decisionAround(errorRead);
          if (!around || around.decision.type === AST_NODE_TYPES.SwitchStatement) continue;
          const exit = around.branches.map((b) => exitOf(b, sourceCode.visitorKeys)).find((e) => e !== undefined);
          if (exit === 'access' || (exit === 'exit' && !dataReadSafely)) {
            const { check: test, suggest } = suggestion(errorRead, uses, call);
            context.report({ node: around.test, messageId: 'errorOnlyCheck', data: { test }, suggest });
            return;
          }
        }
      }
      for (const read of uses.data) {
        const unsafe = unsafeRead(read);
        if (!unsafe || isProtected(unsafe, checks)) continue;
        context.report({ node: unsafe, messageId: 'unguardedClaims', data: { data: uses.dataText ?? 'data', text: sourceCode.getText(unsafe) } });
      }
    }

    return {
      [`CallExpression[arguments.length=0] > MemberExpression.callee[property.name="${GET_CLAIMS_METHOD}"]`](callee: TSESTree.MemberExpression) {
        const call = callee.parent as TSESTree.CallExpression;
        if (regionOf(call, file.role) !== 'server') return;
        check(call);
      },
    };
  },
});
