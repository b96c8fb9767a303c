// Resolving the app's own import specifiers to files: relative paths and tsconfig/jsconfig `paths`
// (`@/utils/supabase/server`), the way Next's bundler does for the cases Supabase apps use.
import { dirname, join, resolve } from 'node:path';
import { createPathsMatcher, getTsconfig } from 'get-tsconfig';
import { ExpiringCache, FACTS_TTL_MS } from './cache.ts';
import { isFile, SOURCE_EXTENSIONS } from './source-file.ts';

type PathsMatcher = (specifier: string) => string[];
const matcherCache = new ExpiringCache<string, PathsMatcher | undefined>(FACTS_TTL_MS);

function pathsMatcher(root: string): PathsMatcher | undefined {
  return matcherCache.get(root, () => {
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const found = isFile(join(root, name)) ? safeTsconfig(root, name) : undefined;
      if (found) return createPathsMatcher(found) ?? undefined;
    }
    return undefined;
  });
}

function safeTsconfig(root: string, name: string) {
  try {
    return getTsconfig(root, name) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `./server.js` in TS sources names `./server.ts`; try both the given and the swapped extension. */
function probe(base: string): string | undefined {
  const withoutJsExt = base.replace(/\.(m|c)?js$/, '');
  const candidates = [base, ...SOURCE_EXTENSIONS.map((e) => withoutJsExt + e), ...SOURCE_EXTENSIONS.map((e) => join(base, `index${e}`))];
  return candidates.find((c) => isFile(c));
}

/** The file an import specifier names, or `undefined` for packages and unresolvable paths. */
export function resolveImport(specifier: string, fromFile: string, root: string): string | undefined {
  if (specifier.startsWith('.')) return probe(resolve(dirname(fromFile), specifier));
  if (specifier.startsWith('/')) return probe(specifier);
  const matcher = pathsMatcher(root);
  if (!matcher) return undefined;
  for (const candidate of matcher(specifier)) {
    const hit = probe(candidate);
    if (hit) return hit;
  }
  return undefined;
}
