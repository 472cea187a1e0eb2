import { z } from 'zod';
import { fieldErrorsOf, type ActionResult, type FieldErrors } from '@/lib/admin/action-result';

export const MAPPING_SOURCES = ['LAHELLA', 'PTV'] as const;
export type MappingSource = (typeof MAPPING_SOURCES)[number];

export const TARGET_KINDS = ['THEME', 'STAGE', 'ACTIVITY_TYPE', 'AGE_GROUP', 'SPECIAL_GROUP', 'LANGUAGE', 'ACCESSIBILITY'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * The upstream fields whose codes the sync looks up in SourceCodeMapping (see the mappers'
 * mapSourceCode calls), with the kind of target a code of that field usually maps to.
 * Other unknown codes (region names, languages, mappings pointing nowhere) are fixed elsewhere.
 */
export const MAPPABLE_FIELDS: Record<MappingSource, Record<string, TargetKind>> = {
  LAHELLA: {
    theme: 'THEME',
    format: 'ACTIVITY_TYPE',
    type: 'ACTIVITY_TYPE',
    demographic: 'AGE_GROUP',
    locale: 'LANGUAGE',
    accessibility: 'ACCESSIBILITY',
  },
  PTV: { targetGroup: 'AGE_GROUP', serviceClass: 'THEME' },
};

/** Messages are keys under Admin.mappings.errors, translated by the form. */
const mappingSourceSchema = z.object({
  source: z.enum(MAPPING_SOURCES, { message: 'source' }),
  sourceCode: z
    .string({ message: 'sourceCode' })
    .trim()
    .min(1, { message: 'sourceCode' })
    .max(200, { message: 'sourceCode' })
    .refine((value) => !/[\u0000-\u001f]/.test(value), { message: 'sourceCode' }),
});

export interface MappingInput {
  source: MappingSource;
  sourceCode: string;
  targetKind: TargetKind;
  targetCode: string;
}

export interface RawMappingInput {
  source?: string;
  sourceCode?: string;
  /** The form's single "KIND:code" choice; targetKind and targetCode may also come apart. */
  target?: string;
  targetKind?: string;
  targetCode?: string;
}

/** Validates the add form, reporting every field's problem at once. */
export function parseMappingInput(
  raw: RawMappingInput,
): { success: true; data: MappingInput } | { success: false; fieldErrors: Partial<Record<MappingFormField, MappingErrorKey>> } {
  const base = mappingSourceSchema.safeParse(raw);
  const fieldErrors: FieldErrors<MappingFormField, MappingErrorKey> = base.success
    ? {}
    : fieldErrorsOf(base.error, (path) => (path === 'source' ? 'source' : 'sourceCode'));
  const [kind, ...rest] = raw.target ? raw.target.split(':') : [raw.targetKind ?? '', raw.targetCode ?? ''];
  const targetKind = TARGET_KINDS.find((k) => k === kind);
  const targetCode = rest.join(':').trim();
  if (!targetKind || !targetCode || targetCode.length > 100) fieldErrors.target = 'target';
  if (!base.success || !targetKind || fieldErrors.target) return { success: false, fieldErrors };
  return { success: true, data: { ...base.data, targetKind, targetCode } };
}

export const deleteMappingSchema = z.object({ id: z.uuid({ message: 'mapping' }) });

export type MappingFormField = 'source' | 'sourceCode' | 'target';
export type MappingErrorKey = 'source' | 'sourceCode' | 'target' | 'targetMissing' | 'duplicate';

export type MappingActionResult = ActionResult<
  { ok: true; done: 'created' | 'deleted' },
  {
    ok: false;
    code: 'INVALID' | 'NOT_FOUND';
    fieldErrors?: FieldErrors<MappingFormField, MappingErrorKey>;
    /** What the add form had, to show again after an error. */
    values?: { source?: string; sourceCode?: string; target?: string };
  }
>;
