// String tests of a property of an object (`x.message === '…'`, `x.code?.includes('…')`,
// `/…/i.test(x.message)`, `x.message.toLowerCase().startsWith('…')`), turned into a predicate over the
// values the property may take, so a rule can ask which known values the test accepts.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyName } from './static-names.ts';

export interface StringTest {
  /** The tested property (`message`, `code`). */
  field: string;
  /** The object whose property is tested (`error` in `error?.message`). */
  object: TSESTree.Expression;
  /** Whether a given value of the property passes the test. */
  accepts(value: string): boolean;
  /** The text the test compares with (the literal, or the regex source). */
  pattern: string;
  /** The whole test expression, which a fix replaces. */
  node: TSESTree.Node;
  /** `!==` / `!=`: the test passes when the value does not match. */
  negated: boolean;
  /** `['a', 'b'].includes(x.code)`: the listed literals, so a report can point at one. */
  listed?: TSESTree.Node[];
}

const FOLDS: Readonly<Record<string, (s: string) => string>> = {
  toLowerCase: (s) => s.toLowerCase(),
  toLocaleLowerCase: (s) => s.toLowerCase(),
  toUpperCase: (s) => s.toUpperCase(),
  toLocaleUpperCase: (s) => s.toUpperCase(),
  trim: (s) => s.trim(),
};

const SUBSTRING_METHODS: Readonly<Record<string, (value: string, literal: string) => boolean>> = {
  includes: (v, l) => v.includes(l),
  startsWith: (v, l) => v.startsWith(l),
  endsWith: (v, l) => v.endsWith(l),
};

const skipWrappers = (node: TSESTree.Node): TSESTree.Node => {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.ChainExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSAsExpression
  ) {
    current = current.expression;
  }
  return current;
};

/** A string literal's value, or a template literal's without expressions. */
export function stringValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function regexOf(node: TSESTree.Node): RegExp | undefined {
  if (node.type !== AST_NODE_TYPES.Literal || !('regex' in node) || !node.regex) return undefined;
  try {
    return new RegExp(node.regex.pattern, node.regex.flags.replace(/[gy]/g, '')); // stateless
  } catch {
    return undefined;
  }
}

/** `x.field` (through `?.`, `!`, `as`, and case folds such as `.toLowerCase()`), with the fold applied to values. */
function subjectOf(node: TSESTree.Node, fields: readonly string[]): { field: string; object: TSESTree.Expression; fold: (s: string) => string } | undefined {
  let current = skipWrappers(node);
  // `x.message ?? ''`: the default only stands in when there is no message.
  if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator !== '&&' && stringValue(current.right) !== undefined) current = skipWrappers(current.left);
  const folds: ((s: string) => string)[] = [];
  while (current.type === AST_NODE_TYPES.CallExpression && current.arguments.length === 0 && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    const fold = FOLDS[propertyName(current.callee) ?? ''];
    if (!fold) return undefined;
    folds.unshift(fold);
    current = skipWrappers(current.callee.object);
  }
  if (current.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const field = propertyName(current);
  if (field === undefined || !fields.includes(field)) return undefined;
  // `(error as AuthError)?.code`, `error!.code`: the fix tests the error itself.
  const object = skipWrappers(current.object) as TSESTree.Expression;
  return { field, object, fold: (s) => folds.reduce((value, f) => f(value), s) };
}

/** Whether the value of `node` is only used as a condition (so a boolean may replace it). */
export function isBooleanContext(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  while (child.parent?.type === AST_NODE_TYPES.ChainExpression) child = child.parent;
  const parent = child.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.UnaryExpression) return parent.operator === '!';
  if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression || parent.type === AST_NODE_TYPES.WhileStatement) && parent.test === child) return true;
  if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '??') return parent.left === child || isBooleanContext(parent);
  return false;
}

/** The string test `node` performs on one of `fields`, if it is one; `node` is the whole optional chain when in one. */
export function stringTestOf(node: TSESTree.Node, fields: readonly string[]): StringTest | undefined {
  const test = bareStringTestOf(node, fields);
  return test && node.parent?.type === AST_NODE_TYPES.ChainExpression ? { ...test, node: node.parent } : test;
}

function bareStringTestOf(node: TSESTree.Node, fields: readonly string[]): StringTest | undefined {
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '==', '!==', '!='].includes(node.operator)) {
    for (const [side, other] of [[node.left, node.right], [node.right, node.left]] as const) {
      const literal = stringValue(other);
      const subject = literal === undefined ? undefined : subjectOf(side, fields);
      if (subject && literal !== undefined) {
        return { ...subject, node, pattern: literal, negated: node.operator.startsWith('!'), accepts: (v) => subject.fold(v) === literal };
      }
    }
    return undefined;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = propertyName(node.callee);
  const [first] = node.arguments;
  if (method === undefined || !first) return undefined;
  if (method === 'includes' && node.callee.object.type === AST_NODE_TYPES.ArrayExpression) {
    const listed = node.callee.object.elements.filter((e): e is TSESTree.Expression => e !== null && stringValue(e) !== undefined);
    const values = listed.map((e) => stringValue(e)!);
    const subject = subjectOf(first, fields);
    return subject && { ...subject, node, pattern: values.join(', '), negated: false, listed, accepts: (v) => values.includes(subject.fold(v)) };
  }
  const substring = SUBSTRING_METHODS[method];
  const literal = stringValue(first);
  if (substring && literal !== undefined) {
    const subject = subjectOf(node.callee.object, fields);
    return subject && { ...subject, node, pattern: literal, negated: false, accepts: (v) => substring(subject.fold(v), literal) };
  }
  if (method === 'test') {
    const regex = regexOf(skipWrappers(node.callee.object));
    const subject = regex && subjectOf(first, fields);
    return subject && regex && { ...subject, node, pattern: regex.source, negated: false, accepts: (v) => regex.test(subject.fold(v)) };
  }
  if (method === 'match' && isBooleanContext(node)) {
    const regex = regexOf(first);
    const subject = regex && subjectOf(node.callee.object, fields);
    return subject && regex && { ...subject, node, pattern: regex.source, negated: false, accepts: (v) => regex.test(subject.fold(v)) };
  }
  return undefined;
}

/** `switch (x.field) { case '…': }`: the subject of the switch, if it is one of `fields`. */
export function switchSubjectOf(node: TSESTree.SwitchStatement, fields: readonly string[]): { field: string; object: TSESTree.Expression } | undefined {
  const subject = subjectOf(node.discriminant, fields);
  return subject && { field: subject.field, object: subject.object };
}
