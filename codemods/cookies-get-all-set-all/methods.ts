// What a `cookies: { get, set, remove }` object does, read from its code: which cookie stores its methods
// read and write (`request.cookies.get`, `res.cookies.set`), which Pages Router request/response it uses
// (`req.cookies[name]`, `req.headers.cookie`, `res.setHeader`), what it assigns, and every name it uses
// from outside (its free references). middleware.ts and pages.ts decide from these facts.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import { unwrap } from '../../core/graph/evaluate.ts';
import { isFunction } from '../../core/estree.ts';
import { walk } from '../lib/source-code.ts';
import { memberName, type CookieFile, type Reference } from './read.ts';

/** Methods of Next's `RequestCookies`/`ResponseCookies`. */
const STORE_READS = new Set(['get', 'getAll', 'has']);
const STORE_WRITES = new Set(['set', 'delete']);

export interface MethodUses {
  /** `a` or `a.b` whose `.cookies.get/getAll/has` is called. */
  storeReads: Set<string>;
  /** … whose `.cookies.set/delete` is called. */
  storeWrites: Set<string>;
  /** … whose `.cookies` is read otherwise (`req.cookies[name]`), or `req.headers.cookie`. */
  pagesReads: Set<string>;
  /** … whose `setHeader`/`appendHeader` is called. */
  headerWrites: Set<string>;
  /** Names assigned to, and the assignments. */
  assigned: Set<string>;
  assignments: TSESTree.AssignmentExpression[];
  /** Value references to names from outside the methods. */
  free: Reference[];
  freeNames: Set<string>;
}

/** `a` or `a.b` (non-computed), as text; else undefined. */
function ownerText(node: TSESTree.Node): string | undefined {
  const inner = unwrap(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression' && !inner.computed && inner.object.type === 'Identifier' && inner.property.type === 'Identifier') {
    return `${inner.object.name}.${inner.property.name}`;
  }
  return undefined;
}

export const baseName = (owner: string): string => owner.split('.')[0]!;

/** The uses of `object`'s methods, or undefined when some use cannot be read (a computed owner, a method that is not a function). */
export function readMethods(file: CookieFile, object: TSESTree.ObjectExpression): MethodUses | undefined {
  const uses: MethodUses = { storeReads: new Set(), storeWrites: new Set(), pagesReads: new Set(), headerWrites: new Set(), assigned: new Set(), assignments: [], free: [], freeNames: new Set() };
  let unreadable = false;
  walk(file.parsed, object, (node) => {
    if (node.type === 'MemberExpression' && memberName(node) === 'cookies') {
      const owner = ownerText(node.object);
      if (owner === undefined) {
        unreadable = true;
        return;
      }
      const parent = node.parent;
      const method = parent?.type === 'MemberExpression' && parent.object === node ? memberName(parent) : undefined;
      const called = method !== undefined && parent?.parent?.type === 'CallExpression' && parent.parent.callee === parent;
      if (called && STORE_READS.has(method)) uses.storeReads.add(owner);
      else if (called && STORE_WRITES.has(method)) uses.storeWrites.add(owner);
      else uses.pagesReads.add(owner);
    } else if (node.type === 'MemberExpression' && memberName(node) === 'headers' && node.parent?.type === 'MemberExpression' && memberName(node.parent) === 'cookie') {
      // `req.headers.cookie` (parsed with `parse`/`parseCookieHeader`): a Pages Router read
      const owner = ownerText(node.object);
      if (owner === undefined) unreadable = true;
      else uses.pagesReads.add(owner);
    } else if (node.type === 'CallExpression' && ['setHeader', 'appendHeader'].includes(memberName(node.callee) ?? '')) {
      const owner = ownerText((node.callee as TSESTree.MemberExpression).object);
      if (owner === undefined) unreadable = true;
      else uses.headerWrites.add(owner);
    } else if (node.type === 'AssignmentExpression') {
      if (node.left.type === 'Identifier') uses.assigned.add(node.left.name);
      uses.assignments.push(node);
    }
  });
  if (unreadable) return undefined;
  for (const p of object.properties as TSESTree.Property[]) {
    const fn = p.value;
    if (!isFunction(fn)) return undefined;
    const scope = file.sourceCode.scopeManager?.acquire(fn) as TSESLint.Scope.Scope | null;
    if (!scope) return undefined;
    for (const ref of scope.through) if ((ref as unknown as { isValueReference?: boolean }).isValueReference ?? true) uses.free.push(ref);
  }
  uses.freeNames = new Set(uses.free.map((r) => r.identifier.name));
  return uses;
}
