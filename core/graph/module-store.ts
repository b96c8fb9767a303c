// Module summaries of one app, each computed once per content version (mtime + size): from the AST
// ESLint already built for the file being linted, otherwise from a parse, and only for files that can
// matter. A file that mentions nothing Supabase-related, re-exports nothing and imports no module that
// matters gets the empty summary without being parsed.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { SUPABASE_MENTION } from '../supabase.ts';
import { currentEpoch } from './epoch.ts';
import { readFileText, versionOf } from './fs-view.ts';
import { parseModule } from './parse.ts';
import type { Resolver } from './resolver.ts';
import { scanImports, type ScannedModule } from './scan-imports.ts';
import { EMPTY_SUMMARY, summarize, type ModuleSummary } from './summary.ts';
import { countScan, countSummary } from './work-counters.ts';

interface FileRecord {
  epoch: number;
  version: string | undefined;
  text: string | undefined;
  scan: ScannedModule | undefined;
  /** undefined: not parsed yet; null: the file cannot be read or parsed. */
  program: TSESTree.Program | null | undefined;
  /** undefined: not computed yet; null: the file cannot be read or parsed. */
  summary: ModuleSummary | null | undefined;
  /** Whether the module can matter (see {@link ModuleStore.isRelevant}), per epoch. */
  relevant: { epoch: number; value: boolean } | undefined;
}

export class ModuleStore {
  readonly #files = new Map<string, FileRecord>();
  readonly #resolver: Resolver;
  readonly #visiting = new Set<string>();

  constructor(resolver: Resolver) {
    this.#resolver = resolver;
  }

  /** The record of `file`, re-read when its version changed since it was read. */
  #record(file: string): FileRecord {
    const epoch = currentEpoch();
    const hit = this.#files.get(file);
    if (hit?.epoch === epoch) return hit;
    const version = versionOf(file);
    if (hit && hit.version === version) {
      hit.epoch = epoch;
      return hit;
    }
    const record: FileRecord = { epoch, version, text: undefined, scan: undefined, program: undefined, summary: undefined, relevant: undefined };
    this.#files.set(file, record);
    return record;
  }

  #text(record: FileRecord, file: string): string | undefined {
    record.text ??= readFileText(file);
    return record.text;
  }

  /** The text of a file, read once per version; undefined when unreadable. */
  textOf(file: string): string | undefined {
    return this.#text(this.#record(file), file);
  }

  /** The imports and directives of a file, from a token scan (no parse); undefined when unreadable. */
  scan(file: string): ScannedModule | undefined {
    const record = this.#record(file);
    if (!record.scan) {
      const text = this.#text(record, file);
      if (text === undefined) return undefined;
      countScan(file);
      record.scan = scanImports(text);
    }
    return record.scan;
  }

  /**
   * Whether a module can hold anything the rules follow: it (or its path) mentions Supabase or the
   * auth/cookie APIs, re-exports something, or imports (at run time) a module that can matter. Cycles count as "no".
   */
  isRelevant(file: string): boolean {
    const record = this.#record(file);
    if (record.relevant?.epoch === record.epoch) return record.relevant.value;
    if (this.#visiting.has(file)) return false;
    this.#visiting.add(file);
    let value = false;
    try {
      const text = this.#text(record, file);
      const scan = this.scan(file);
      value =
        text !== undefined &&
        scan !== undefined &&
        (SUPABASE_MENTION.test(text) ||
          SUPABASE_MENTION.test(file) ||
          scan.imports.some((i) => i.kind === 'reexport' && !i.typeOnly) ||
          scan.imports.some((i) => !i.typeOnly && this.#resolvesToRelevant(file, i.specifier)));
    } finally {
      this.#visiting.delete(file);
    }
    record.relevant = { epoch: record.epoch, value };
    return value;
  }

  #resolvesToRelevant(from: string, specifier: string): boolean {
    const target = this.#resolver.resolve(from, specifier);
    return target !== undefined && this.isRelevant(target);
  }

  /** The AST of a file read from disk (parsed once per version); undefined when it cannot be parsed. */
  programOf(file: string): TSESTree.Program | undefined {
    const record = this.#record(file);
    if (record.program === undefined) {
      const text = this.#text(record, file);
      record.program = (text !== undefined && parseModule(file, text)) || null;
    }
    return record.program ?? undefined;
  }

  /** The summary of a file read from disk; undefined when it cannot be read or parsed. */
  summaryOf(file: string): ModuleSummary | undefined {
    const record = this.#record(file);
    if (record.summary === undefined) {
      if (this.#text(record, file) === undefined) record.summary = null;
      else if (!this.isRelevant(file)) record.summary = EMPTY_SUMMARY;
      else {
        const program = this.programOf(file);
        if (program) countSummary(file);
        record.summary = program ? summarize(program) : null;
      }
    }
    return record.summary ?? undefined;
  }

  /**
   * The summary of the file ESLint is linting, from ESLint's AST: reused when the same content was
   * already summarised (another file needed it first), never parsed again.
   */
  summaryOfLinted(file: string, program: TSESTree.Program, text: string): ModuleSummary {
    const record = this.#record(file);
    if (record.summary && record.summary !== EMPTY_SUMMARY && record.text === text) return record.summary;
    countSummary(file);
    if (record.text !== text) {
      record.text = text;
      record.scan = undefined;
      record.relevant = undefined;
    }
    record.program = program;
    record.summary = summarize(program);
    return record.summary;
  }
}
