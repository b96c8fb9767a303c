import type { ASTPath, JSCodeshift } from 'jscodeshift';
import { TODO_MARKER, type ReviewItem } from './types.ts';

/**
 * Leaves `// TODO(supabase-auth): message` above the statement that holds `path`. The marker is the
 * record: {@link reviewItems} finds it again in the output, with its line, so nothing is silently skipped.
 */
export function addTodo(j: JSCodeshift, path: ASTPath, message: string): void {
  let statement: ASTPath = path;
  while (statement.parent && !j.Statement.check(statement.node) && !j.Program.check(statement.parent.node)) statement = statement.parent;
  while (statement.parent && !j.Program.check(statement.parent.node) && !j.BlockStatement.check(statement.parent.node) && !j.SwitchCase.check(statement.parent.node)) {
    statement = statement.parent;
  }
  const node = statement.node as { comments?: unknown[] };
  const text = ` ${TODO_MARKER} ${message}`;
  const existing = (node.comments ?? []) as { value: string }[];
  if (existing.some((c) => c.value === text)) return;
  node.comments = [...existing, { ...j.commentLine(text), leading: true, trailing: false }];
}

/** Markers present in `output` and not in `input` (counted, so a repeated message is listed each time). */
export function reviewItems(input: string, output: string): ReviewItem[] {
  const before = new Map<string, number>();
  for (const line of input.split('\n')) {
    const message = markerMessage(line);
    if (message !== undefined) before.set(message, (before.get(message) ?? 0) + 1);
  }
  const items: ReviewItem[] = [];
  output.split('\n').forEach((line, index) => {
    const message = markerMessage(line);
    if (message === undefined) return;
    const seen = before.get(message) ?? 0;
    if (seen > 0) before.set(message, seen - 1);
    else items.push({ line: index + 1, message });
  });
  return items;
}

function markerMessage(line: string): string | undefined {
  const at = line.indexOf(TODO_MARKER);
  return at === -1 ? undefined : line.slice(at + TODO_MARKER.length).trim();
}
