// How messages list routes: as written (`/[username]`), up to three, then "and N more".

/** How many routes a message names before "and N more". */
const LISTED_ROUTES = 3;

export function formatRoutes(paths: readonly string[]): string {
  const listed = paths.slice(0, LISTED_ROUTES).map((p) => `\`${p}\``);
  const rest = paths.length - listed.length;
  if (rest > 0) return `${listed.join(', ')} and ${rest} more`;
  if (listed.length <= 1) return listed.join('');
  return `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
}
