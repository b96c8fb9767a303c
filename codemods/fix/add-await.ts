// Puts `await` in front of an expression. Whether it needs parentheses is decided from operator
// precedence, as typescript-eslint's no-floating-promises fixer does: `await x` is a unary expression, so
// it can stand wherever the expression's slot accepts a unary expression (an operand of `+`, `&&`, `??`,
// `as`, a call argument, a `return`), and needs `( )` where the slot demands more (the object of a member
// access, a callee, a tag, the operand of `!` in TypeScript, the base of `**`). An expression that is
// already parenthesized gets `await` inside its parentheses.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils, type TSESLint } from '@typescript-eslint/utils';
import type { TextEdit } from '../lib/edits.ts';

/** ECMAScript precedence levels, lowest to highest (the levels this fixer needs to tell apart). */
const Precedence = {
  Any: 0,
  Unary: 16, // await, !, typeof, -x
  Postfix: 17, // x++, x!
  LeftHandSide: 19, // member access, call, new
} as const;
type Precedence = (typeof Precedence)[keyof typeof Precedence];

/** The lowest precedence an expression must have to stand as `node` in its parent without parentheses. */
function slotPrecedence(node: TSESTree.Node): Precedence {
  const parent = node.parent;
  if (!parent) return Precedence.Any;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === node ? Precedence.LeftHandSide : Precedence.Any;
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee === node ? Precedence.LeftHandSide : Precedence.Any;
    case 'TaggedTemplateExpression':
      return parent.tag === node ? Precedence.LeftHandSide : Precedence.Any;
    case 'ClassDeclaration':
    case 'ClassExpression':
      return parent.superClass === node ? Precedence.LeftHandSide : Precedence.Any;
    case 'TSNonNullExpression':
      return Precedence.Postfix;
    case 'BinaryExpression':
      // `await a ** b` is a syntax error: the base of `**` cannot be a unary expression.
      return parent.operator === '**' && parent.left === node ? Precedence.Postfix : Precedence.Any;
    default:
      // Every other operator binds looser than `await` (binary, logical, conditional, assignment, `as`,
      // `satisfies`, spread, sequence) or takes a full expression (arguments, elements, statements).
      return Precedence.Any;
  }
}

/** Whether `await expression`, written where `expression` stands (not already parenthesized), needs `( )`. */
export const awaitNeedsParentheses = (expression: TSESTree.Node): boolean => slotPrecedence(expression) > Precedence.Unary;

export function addAwait(sourceCode: TSESLint.SourceCode, expression: TSESTree.Node): TextEdit[] {
  const [start, end] = expression.range;
  if (ASTUtils.isParenthesized(expression, sourceCode) || !awaitNeedsParentheses(expression)) {
    return [{ range: [start, start], text: 'await ' }];
  }
  return [
    { range: [start, start], text: '(await ' },
    { range: [end, end], text: ')' },
  ];
}
