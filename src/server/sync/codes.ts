import 'server-only';
import type { MapContext, TaxonomyKind, UnknownCode } from './types';

/** Collects our codes per taxonomy from a list of source codes, and the codes nobody mapped. */
export class CodeCollector {
  readonly byKind = new Map<TaxonomyKind, Set<string>>();
  readonly unknown: UnknownCode[] = [];

  constructor(private readonly context: MapContext) {}

  add(kind: TaxonomyKind, code: string): void {
    if (!this.context.known.get(kind)?.has(code)) {
      this.unknown.push({ field: `mapping target ${kind}`, code });
      return;
    }
    let set = this.byKind.get(kind);
    if (!set) this.byKind.set(kind, (set = new Set()));
    set.add(code);
  }

  /** Maps a source code through the SourceCodeMapping table; returns false when unknown. */
  mapSourceCode(field: string, sourceCode: string): boolean {
    const targets = this.context.codes.get(sourceCode);
    if (!targets || targets.length === 0) {
      this.unknown.push({ field, code: sourceCode });
      return false;
    }
    for (const target of targets) this.add(target.kind, target.code);
    return true;
  }

  markUnknown(field: string, code: string): void {
    this.unknown.push({ field, code });
  }

  /** Sorted, de-duplicated codes of one kind. */
  get(kind: TaxonomyKind): string[] {
    return [...(this.byKind.get(kind) ?? [])].sort();
  }
}

/** Age groups overlapping an inclusive age range (either end open). */
export function ageGroupsForRange(context: MapContext, min: number | null, max: number | null): string[] {
  return context.ageGroups
    .filter((g) => (max === null || g.minAge === null || g.minAge <= max) && (min === null || g.maxAge === null || g.maxAge >= min))
    .map((g) => g.code);
}

const collator = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('fi');

/** A municipality code by its Finnish or Swedish name, case-insensitively. */
export function municipalityByName(context: MapContext, name: string): string | undefined {
  const wanted = collator(name);
  return context.municipalities.find((m) => collator(m.nameFi) === wanted || collator(m.nameSv) === wanted)?.code;
}
