import { z } from 'zod';
import { emailSchema } from '@/lib/email';
import { fieldErrorsOf, type ActionResult, type FieldErrors } from '@/lib/admin/action-result';

export const PROVIDER_TYPES = ['ASSOCIATION', 'PARISH', 'POHDE', 'MUNICIPALITY', 'OTHER'] as const;
export type ProviderTypeValue = (typeof PROVIDER_TYPES)[number];

/** The fields a coordinator edits; the same list is compared for the audit log. */
export const ORGANIZATION_FIELDS = [
  'nameFi',
  'nameSv',
  'nameEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'providerType',
  'businessId',
  'website',
  'email',
  'phone',
  'municipalityCode',
] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

/**
 * A Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit. The check digit
 * is 11 minus the weighted sum (7, 9, 10, 5, 8, 4, 2) modulo 11, 0 for remainder 0; remainder 1
 * is never issued.
 */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...match[1]!].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(match[2]);
}

/** Empty strings become null, so a cleared field clears the column. */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(max, { message }).nullable());

const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(schema.nullable());

const phoneSchema = z
  .string()
  .max(40, { message: 'phone' })
  .refine((value) => /^\+?[\d\s()-]+$/.test(value) && value.replace(/\D/g, '').length >= 5, { message: 'phone' });

// "www.yhdistys.fi" means https; any other scheme (javascript:, ftp:) is refused below.
const websiteSchema = z
  .string()
  .max(500, { message: 'website' })
  .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'website' }));

/** Messages are keys under Admin.organizations.errors, translated by the form. */
export const organizationInputSchema = z
  .object({
    nameFi: optionalText(200, 'nameTooLong'),
    nameSv: optionalText(200, 'nameTooLong'),
    nameEn: optionalText(200, 'nameTooLong'),
    descriptionFi: optionalText(5000, 'descriptionTooLong'),
    descriptionSv: optionalText(5000, 'descriptionTooLong'),
    descriptionEn: optionalText(5000, 'descriptionTooLong'),
    providerType: z.enum(PROVIDER_TYPES, { message: 'providerType' }),
    businessId: optional(z.string().refine(isValidBusinessId, { message: 'businessId' })),
    website: optional(websiteSchema),
    email: optional(z.string().pipe(emailSchema)),
    phone: optional(phoneSchema),
    municipalityCode: optional(z.string().regex(/^\d{3}$/, { message: 'municipality' })),
  })
  .superRefine((value, ctx) => {
    if (!value.nameFi && !value.nameSv && !value.nameEn) {
      ctx.addIssue({ code: 'custom', path: ['nameFi'], message: 'nameRequired' });
    }
  });
export type OrganizationInput = z.infer<typeof organizationInputSchema>;

/**
 * Parses the form. The "at least one name" rule is checked even when other fields are wrong
 * (zod skips an object's refinements then), so every problem is shown at once.
 */
export function parseOrganizationInput(
  values: OrganizationFormValues,
): { success: true; data: OrganizationInput } | { success: false; fieldErrors: Partial<Record<OrganizationFormField, OrganizationErrorKey>> } {
  const parsed = organizationInputSchema.safeParse(values);
  if (parsed.success) return { success: true, data: parsed.data };
  const fieldErrors = fieldErrorsOf<OrganizationFormField, OrganizationErrorKey>(parsed.error);
  if (!values.nameFi?.trim() && !values.nameSv?.trim() && !values.nameEn?.trim()) fieldErrors.nameFi ??= 'nameRequired';
  return { success: false, fieldErrors };
}

export const organizationIdSchema = z.uuid({ message: 'organization' });
/** The updatedAt the form was loaded with, as an ISO instant: a concurrent edit changes it. */
export const versionSchema = z.iso.datetime({ message: 'version' });

export type OrganizationFormField = OrganizationField | 'organization' | 'version';
export type OrganizationErrorKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'descriptionTooLong'
  | 'providerType'
  | 'businessId'
  | 'website'
  | 'email'
  | 'phone'
  | 'municipality'
  | 'organization'
  | 'version';

/** What the form shows after a submit: React resets a form after its action, to these values. */
export type OrganizationFormValues = Partial<Record<OrganizationField, string>>;

export type OrganizationActionResult = ActionResult<
  { ok: true; done: 'created' | 'updated' | 'unchanged'; id: string; version: string; values?: OrganizationFormValues },
  {
    ok: false;
    code: 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'SYNCED';
    fieldErrors?: FieldErrors<OrganizationFormField, OrganizationErrorKey>;
    values?: OrganizationFormValues;
  }
>;
