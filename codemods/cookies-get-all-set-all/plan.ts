// The plan the decide phase hands to write.ts: one step per `cookies` object, per sync `cookies()` call.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FunctionNode } from '../../core/estree.ts';
import type { TextEdit } from '../lib/edits.ts';

export type Step =
  | { kind: 'mark'; node: TSESTree.Node; message: string }
  | { kind: 'remove-deprecated'; properties: TSESTree.Property[] }
  | {
      kind: 'replace';
      object: TSESTree.ObjectExpression;
      /** The new `cookies` object, as core's templates write it (2-space indentation, from column 0). */
      text: string;
      edits: TextEdit[];
      importSerializeInto?: TSESTree.ImportDeclaration;
      hoist?: Hoist;
    };

export interface Hoist {
  /** The store's name, and the local name of `cookies` from next/headers. */
  name: string;
  cookies: string;
  /** The statement the declaration goes before, and the function that must be async. */
  statement: TSESTree.Node;
  fn: FunctionNode;
}

export type SyncStep = { kind: 'await'; edit: TextEdit; fn: FunctionNode } | { kind: 'mark'; node: TSESTree.Node; message: string };
