// From the plan to text edits, in the file's style (quotes, semicolons, indentation, line endings):
// the canonical block cut out of core's entry template (one source of truth), a matcher value replaced or a
// property added, exclusions dropped from one string (everything around it, comments included, stays),
// guards around the entry function's own responses, names inlined, repairs that make `config` readable,
// and the markers.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import { pathToRegexp } from 'path-to-regexp';
import type { MatcherEntry } from '../../core/next.ts';
import { CANONICAL_MATCHER, CANONICAL_MATCHER_LITERAL } from '../../core/supabase.ts';
import { middlewareEntryTemplate } from '../../core/templates.ts';
import { removeSpecifiers } from '../fix/remove-specifier.ts';
import { removeStatement } from '../fix/remove-statement.ts';
import type { TextEdit } from '../lib/edits.ts';
import { indentOf, textOf, tsSourceCode, type ParsedFile } from '../lib/source-code.ts';
import { quoted, type Style } from '../lib/style.ts';
import { markerLine, TodoMarkers } from '../lib/todo-markers.ts';
import type { Action } from './decide.ts';
import type { Repair } from './read.ts';

const ENTRY_TEMPLATE = middlewareEntryTemplate({ typescript: true, kind: 'proxy', helperSpecifier: '@/utils/supabase/proxy' });
/** `export const config = {…}` as the template writes it (2-space indentation, no semicolons). */
const CONFIG_BLOCK = ENTRY_TEMPLATE.slice(ENTRY_TEMPLATE.indexOf('export const config')).trimEnd();
/** `matcher: [ … ],` dedented to column 0 (its closing `],` included). */
const MATCHER_PROPERTY = CONFIG_BLOCK.split('\n').slice(1, -1).map((line) => line.slice(2)).join('\n').replace(/,$/, '');

/** Template text in the file's style, each line after the first prefixed by `base`. */
function styled(text: string, style: Style, base: string): string {
  const canonical = style.quote === '"' ? JSON.stringify(CANONICAL_MATCHER) : CANONICAL_MATCHER_LITERAL;
  return text
    .replace(CANONICAL_MATCHER_LITERAL, canonical)
    .split('\n')
    .map((line, i) => {
      const depth = /^ */.exec(line)![0].length / 2;
      return (i === 0 ? '' : base) + style.indent.repeat(depth) + line.slice(depth * 2);
    })
    .join(style.eol);
}

export class MatcherWriter {
  readonly edits: TextEdit[] = [];
  readonly markers: TodoMarkers;
  /** For the entry file's own problem, which middleware-session (run before) may have marked already. */
  private readonly entryMarkers: TodoMarkers;
  private readonly sourceCode: TSESLint.SourceCode;

  constructor(
    private readonly file: ParsedFile,
    private readonly style: Style,
  ) {
    this.markers = new TodoMarkers(file.text, style);
    this.entryMarkers = new TodoMarkers(file.text, { ...style, dedupe: 'any-marker' });
    this.sourceCode = tsSourceCode(file);
  }

  all(): TextEdit[] {
    return [...this.entryMarkers.edits(), ...this.markers.edits(), ...this.edits];
  }

  mark(node: TSESTree.Node, message: string): void {
    if (node.type === 'Property') this.markers.addAbove(node, message);
    else this.markers.add(node, message);
  }

  /**
   * Marks why Next does not run this entry file, unless a marker is there already: middleware-session
   * marks the same file (a misplaced entry file, a `proxy.ts` on Next ≤ 15) with the rule's words when it
   * cannot move it, and one marker per problem is enough.
   */
  markEntry(node: TSESTree.Node, message: string): void {
    this.entryMarkers.add(node, message);
  }

  write(action: Action): void {
    switch (action.kind) {
      case 'append-config': return this.appendConfig();
      case 'mark': return this.mark(action.node, action.message);
      case 'add-matcher': return this.writeObject(action.object, undefined, undefined);
      case 'inline':
        this.replaceValue(action.matcher, `[${action.entries.map((e) => quoted(e.source, this.style)).join(', ')}]`);
        return this.removeUnusedConsts(action.remove);
      case 'canonical':
        this.writeObject(action.object, action.matcher, action.note);
        return this.removeUnusedConsts(action.remove);
      case 'drop-exclusions':
        this.edits.push({ range: action.literal.range, text: quoted(action.source, this.style) });
        return this.mark(action.matcher, action.note);
      case 'guard': return this.guard(action.statements, action.request, action.entries);
    }
  }

  repair(repair: Repair): void {
    const { declaration } = repair.kind === 'remove-export' ? { declaration: undefined } : repair;
    if (repair.kind === 'make-const') this.edits.push({ range: [declaration!.range[0], declaration!.range[0] + declaration!.kind.length], text: 'const' });
    else if (repair.kind === 'export-declaration') this.edits.push({ range: [declaration!.range[0], declaration!.range[0] + declaration!.kind.length], text: 'export const' });
    else this.edits.push(...removeSpecifiers(this.sourceCode, repair.statement, new Set([repair.specifier])));
  }

  private appendConfig(): void {
    const { text } = this.file;
    const trimmed = text.replace(/\s*$/, '');
    const block = styled(CONFIG_BLOCK, this.style, '') + (this.style.semi ? ';' : '');
    this.edits.push({ range: [trimmed.length, text.length], text: `${trimmed.length > 0 ? this.style.eol + this.style.eol : ''}${block}${this.style.eol}` });
  }

  /** Replaces the value of `matcher` (a shorthand `{ matcher }` gets its key written out). */
  private replaceValue(matcher: TSESTree.Property, text: string): void {
    if (matcher.shorthand) this.edits.push({ range: matcher.range, text: `matcher: ${text}` });
    else this.edits.push({ range: matcher.value.range, text });
  }

  /** Removes `const NAME = …` declarations that nothing else mentions once the matcher is inlined. */
  private removeUnusedConsts(via: TSESTree.VariableDeclarator[]): void {
    for (const declarator of via) {
      const name = (declarator.id as TSESTree.Identifier).name;
      const statement = this.file.program.body.find((s): s is TSESTree.VariableDeclaration => s.type === 'VariableDeclaration' && s.declarations[0] === declarator);
      if (!statement || statement.declarations.length !== 1) continue;
      // Only the declaration and the matcher mention the name (comments and strings count: conservative).
      const mentions = this.file.text.match(new RegExp(`(?<![\\w$])${name.replaceAll('$', '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
      if (mentions === 2) this.edits.push(...removeStatement(this.file.text, statement));
    }
  }

  /**
   * Gives `object` the canonical matcher: replaces `matcher`'s array elements (comments around them stay)
   * or its value, or adds the property first, in a multi-line object; rewrites a one-line object over
   * several lines. `note` becomes a marker above `matcher`.
   */
  private writeObject(object: TSESTree.ObjectExpression, matcher: TSESTree.Property | undefined, note: string | undefined): void {
    const { text } = this.file;
    const { style } = this;
    const oneLineObject = object.properties.length === 0 || !textOf(this.file, object).includes('\n');
    if (oneLineObject) {
      const base = indentOf(text, object.range[0]);
      const inner = base + style.indent;
      const lines = [styled(MATCHER_PROPERTY, style, inner)];
      for (const property of object.properties) if (property !== matcher) lines.push(textOf(this.file, property));
      const todo = note ? `${markerLine(inner, note)}${style.eol}` : '';
      const body = lines.map((line, i) => (i === 0 ? todo : '') + inner + line + ',').join(style.eol);
      this.edits.push({ range: object.range, text: `{${style.eol}${body}${style.eol}${base}}` });
      return;
    }
    if (matcher) {
      const indent = indentOf(text, matcher.range[0]);
      this.replaceValue(matcher, styled(MATCHER_PROPERTY, style, indent).replace(/^matcher: /, ''));
      if (note) this.markers.addAbove(matcher, note);
      return;
    }
    const first = object.properties[0]!;
    const indent = indentOf(text, first.range[0]);
    this.edits.push({ range: [first.range[0], first.range[0]], text: `${styled(MATCHER_PROPERTY, style, indent)},${style.eol}${indent}` });
  }

  /** Wraps each statement in `if (<the old matcher matches the path>) { … }`, re-indented (multi-line strings aside). */
  private guard(statements: TSESTree.Node[], request: string, entries: MatcherEntry[]): void {
    const { text } = this.file;
    const { style } = this;
    const test = entries.map((e) => pathTest(e.source, `${request}.nextUrl.pathname`, style)).join(' || ');
    for (const statement of statements) {
      const indent = indentOf(text, statement.range[0]);
      const strings = this.sourceCode.getTokens(statement).filter((t) => t.type === 'Template' || t.type === 'String');
      let body = '';
      for (let at = statement.range[0]; at < statement.range[1]; ) {
        const next = text.indexOf('\n', at);
        const end = next === -1 || next >= statement.range[1] ? statement.range[1] : next + 1;
        const inString = strings.some((t) => t.range[0] < at && at < t.range[1]);
        body += (at === statement.range[0] || inString || text.slice(at, end).trim() === '' ? '' : style.indent) + text.slice(at, end);
        at = end;
      }
      const comment = `// Ran only on the previous matcher's paths before the matcher was widened: kept there.`;
      this.edits.push({ range: statement.range, text: `${comment}${style.eol}${indent}if (${test}) {${style.eol}${indent}${style.indent}${body}${style.eol}${indent}}` });
    }
  }
}

/** A JavaScript test of `pathname` for one matcher source, as a person would write it where that is exact. */
export function pathTest(source: string, pathname: string, style: Pick<Style, 'quote'>): string {
  const prefix = /^((?:\/[\w.~-]+)+)\/:[A-Za-z_]\w*\*$/.exec(source)?.[1];
  if (prefix !== undefined) return `${pathname} === ${quoted(prefix, style)} || ${pathname}.startsWith(${quoted(`${prefix}/`, style)})`;
  if (/^(?:\/[\w.~-]+)+$/.test(source) || source === '/') return `${pathname} === ${quoted(source, style)}`;
  const regexp = pathToRegexp(source);
  return `/${regexp.source}/${regexp.flags}.test(${pathname})`;
}
