// Service-role and secret keys must never reach the browser (facts §2.2): Next inlines every
// `process.env.NEXT_PUBLIC_*` read, and every `env` entry of next.config, into the bundles that contain
// it, and the browser bundle is public. So a `NEXT_PUBLIC_` name that holds a secret is reported wherever
// it is read or declared, and any secret read in code the browser runs (a `'use client'` module, a module
// only client code imports, an effect or event handler) is reported there. A secret read in server code is
// the correct use (facts §4.16) and is not reported.
import { basename } from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isPublicSecretEnvName, isSecretEnvName, SECRET_KEY_TEXT } from '../core/keys.ts';
import { NEXT_CONFIG_FILES } from '../core/project.ts';
import { createRule } from './utils/create-rule.ts';
import { ruleFileContext } from './utils/file-context.ts';
import { regionOf } from './utils/regions.ts';
import { envReadName, isEnvObject, isSecretLiteral, memberName, propertyKeyName } from './utils/secret-keys.ts';
import type { ModuleRole } from '../core/next.ts';

type MessageIds = 'publicSecretName' | 'secretInBrowser' | 'secretLiteralInBrowser' | 'secretInConfigEnv';

export default createRule<[], MessageIds>({
  name: 'no-public-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow service-role and secret keys in `NEXT_PUBLIC_*` variables, in next.config `env`, and in code the browser runs',
      recommended: true,
    },
    messages: {
      publicSecretName:
        '`{{name}}` holds a secret under the `NEXT_PUBLIC_` prefix, which Next inlines into every browser bundle that reads it: anyone can read it there and bypass RLS. Rename it without `NEXT_PUBLIC_` (and rotate the key if it was ever deployed), and read it only in server code.',
      secretInBrowser:
        '`{{name}}` is read in code that runs in the browser ({{where}}). It is a secret: either it is undefined there and the code cannot work, or it was made public and anyone can bypass RLS with it. Move this code to the server (a Route Handler, a Server Action, or a module that imports `server-only`).',
      secretLiteralInBrowser:
        'An `sb_secret_…` key is written in code that runs in the browser ({{where}}): anyone can read it from the bundle and bypass RLS. Rotate it in the Supabase dashboard, keep the new one in a server-only env variable, and use it only in server code.',
      secretInConfigEnv:
        '`{{name}}` in next.config `env` is inlined into every bundle that reads `process.env.{{name}}`, the browser\'s included. Remove it from `env`: server code reads the variable from the environment without it.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!SECRET_KEY_TEXT.test(sourceCode.text)) return {};
    const isNextConfig = NEXT_CONFIG_FILES.includes(basename(context.filename));
    let role: ModuleRole | undefined;
    const moduleRole = () => (role ??= ruleFileContext(context).role);

    /** Where `node` runs when that is the browser, as words for the message; undefined otherwise. */
    function browserPlace(node: TSESTree.Node): string | undefined {
      const module = moduleRole();
      if (regionOf(node, module) !== 'client') return undefined;
      return module === 'client' ? 'a client module' : 'an effect or event handler';
    }

    function checkEnvName(name: string, node: TSESTree.Node): void {
      if (isPublicSecretEnvName(name)) {
        context.report({ node, messageId: 'publicSecretName', data: { name } });
        return;
      }
      if (!isSecretEnvName(name)) return;
      const where = browserPlace(node);
      if (where) context.report({ node, messageId: 'secretInBrowser', data: { name, where } });
    }

    /** `env: { SUPABASE_SERVICE_ROLE_KEY: … }` in next.config: the object under an `env` property. */
    function isConfigEnvObject(object: TSESTree.ObjectExpression): boolean {
      const parent = object.parent;
      return parent.type === AST_NODE_TYPES.Property && parent.value === object && propertyKeyName(parent) === 'env';
    }

    return {
      MemberExpression(node) {
        const envName = envReadName(node);
        if (envName !== undefined) {
          checkEnvName(envName, node);
          return;
        }
        // Validated env objects (`env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY` from t3-env and the like): the
        // prefix is unmistakable. Other secret names on arbitrary objects are not env reads.
        const name = memberName(node);
        if (name !== undefined && isPublicSecretEnvName(name)) context.report({ node, messageId: 'publicSecretName', data: { name } });
      },
      Property(node) {
        const name = propertyKeyName(node);
        if (name === undefined || (node.parent.type !== AST_NODE_TYPES.ObjectExpression && node.parent.type !== AST_NODE_TYPES.ObjectPattern)) return;
        if (node.parent.type === AST_NODE_TYPES.ObjectPattern) {
          // const { NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY } = process.env
          const declarator = node.parent.parent;
          if (declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init && isEnvObject(declarator.init)) checkEnvName(name, node.key);
          return;
        }
        if (isNextConfig && isSecretEnvName(name) && !isPublicSecretEnvName(name) && isConfigEnvObject(node.parent)) {
          context.report({ node: node.key, messageId: 'secretInConfigEnv', data: { name } });
          return;
        }
        // A schema or runtime map that declares a public secret (`client: { NEXT_PUBLIC_…_SECRET: z.string() }`);
        // `{ NEXT_PUBLIC_X: process.env.NEXT_PUBLIC_X }` is reported once, on the read.
        if (isPublicSecretEnvName(name) && envReadName(node.value) !== name) context.report({ node: node.key, messageId: 'publicSecretName', data: { name } });
      },
      'Literal, TemplateLiteral'(node: TSESTree.Literal | TSESTree.TemplateLiteral) {
        if (!isSecretLiteral(node)) return;
        const where = browserPlace(node);
        if (where) context.report({ node, messageId: 'secretLiteralInBrowser', data: { where } });
      },
    };
  },
});
