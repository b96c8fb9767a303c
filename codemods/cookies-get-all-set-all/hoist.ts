// A `next/headers` cookie store declared inside an old cookie method (`async get(name) { const
// cookieStore = await cookies(); … }`) is not visible where the new `getAll`/`setAll` go: it is declared
// again, awaited, before the statement that calls `createServerClient`, and that function becomes async
// (its callers awaited by the async-propagation engine). When that is not possible, the reason is given
// for the marker.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap } from '../../core/graph/evaluate.ts';
import { asyncObstacle, obstacleReason } from '../lib/async-propagation.ts';
import { enclosingFunction, lineStartOf, walk } from '../lib/source-code.ts';
import { statementOf } from '../lib/todo-markers.ts';
import type { Hoist } from './plan.ts';
import { importOf, NEXT_HEADERS, type CookieFile } from './read.ts';

/**
 * How to declare `name` before `call`, when `object`'s methods declare it as a next/headers store; a reason
 * (for the marker) when that cannot be done; undefined when `name` is not such a store.
 */
export function hoistableStore(file: CookieFile, object: TSESTree.ObjectExpression, call: TSESTree.CallExpression, name: string): Hoist | string | undefined {
  let cookies: string | undefined;
  walk(file.parsed, object, (node) => {
    if (cookies || node.type !== 'VariableDeclarator' || node.id.type !== 'Identifier' || node.id.name !== name || !node.init) return;
    const init = unwrap(node.init); // `await` and type assertions
    if (init.type === 'CallExpression' && init.callee.type === 'Identifier' && init.arguments.length === 0) {
      const binding = importOf(file, init.callee);
      if (binding?.source === NEXT_HEADERS && binding.imported === 'cookies') cookies = init.callee.name;
    }
  });
  if (!cookies) return undefined;
  const fn = enclosingFunction(call);
  if (!fn) return `\`${name}\` is declared inside an old method and the client is created at module scope`;
  const statement = statementOf(call);
  if (statement.parent?.type !== 'BlockStatement' || enclosingFunction(statement) !== fn) return `\`${name}\` is declared inside an old method and the client is not created in a statement of its own`;
  if (file.text.slice(lineStartOf(file.text, statement.range[0]), statement.range[0]).trim() !== '') return `\`${name}\` is declared inside an old method and the client's statement shares its line`;
  const obstacle = asyncObstacle(file.parsed, fn, file.role);
  if (obstacle) return `\`${name}\` is declared inside an old method, and the client cannot be created after an \`await\` here: ${obstacleReason(obstacle, fn)}`;
  return { name, cookies, statement, fn };
}
