import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/server/db';
import { findPersonalData } from '@/lib/referral/personal-data';
import { isStepCode } from '@/lib/referral/steps';
import type { ClientLanguage } from '@/lib/referral/occurrence-text';
import { generateReferralCode } from './code';
import { getReferralConfig } from './config';
import {
  CLIENT_LANGUAGES,
  MAX_REFERRAL_ACTIVITIES,
  MESSAGE_MAX_LENGTH,
  createReferralInputSchema,
  type ReferralErrorCode,
  type ReferralErrors,
} from './schemas';

export interface CreatedReferral {
  code: string;
  language: ClientLanguage;
  activityIds: string[];
  stepCodes: string[];
  createdAt: Date;
  expiresAt: Date;
}

export type CreateReferralResult = { ok: true; referral: CreatedReferral } | { ok: false; errors: ReferralErrors };

const uuid = z.uuid();
const MS_PER_DAY = 86_400_000;

function add(errors: ReferralErrors, field: keyof ReferralErrors, code: ReferralErrorCode) {
  const list = (errors[field] ??= []);
  if (!list.includes(code)) list.push(code);
}

/**
 * Checks and stores a referral: only the ordered activity ids, the client's language, the
 * optional message, the ticked step codes and the expiry. Every problem comes back as an error
 * code per field; nothing is stored unless all is well, and nothing is thrown.
 */
export async function createReferral(input: unknown, now: Date = new Date()): Promise<CreateReferralResult> {
  const parsed = createReferralInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { form: ['invalid'] } };
  const errors: ReferralErrors = {};
  const { activityIds: rawIds, language, stepCodes: rawSteps } = parsed.data;

  // Activities: 1–20 UUIDs, no duplicates, all published.
  const ids: string[] = [];
  if (rawIds.length === 0) add(errors, 'activityIds', 'activitiesRequired');
  else if (rawIds.length > MAX_REFERRAL_ACTIVITIES) add(errors, 'activityIds', 'activitiesTooMany');
  else {
    for (const id of rawIds) {
      if (typeof id !== 'string' || !uuid.safeParse(id).success) add(errors, 'activityIds', 'activitiesUnknown');
      else ids.push(id.toLowerCase());
    }
    if (new Set(ids).size !== ids.length) add(errors, 'activityIds', 'activitiesDuplicate');
  }

  if (typeof language !== 'string' || !(CLIENT_LANGUAGES as readonly string[]).includes(language)) {
    add(errors, 'language', 'languageInvalid');
  }

  const message = (parsed.data.message ?? '').replace(/\r\n?/g, '\n').trim();
  if ([...message].length > MESSAGE_MAX_LENGTH) add(errors, 'message', 'messageTooLong');
  else {
    for (const kind of findPersonalData(message)) {
      add(errors, 'message', kind === 'identityCode' ? 'messageIdentityCode' : kind === 'phone' ? 'messagePhone' : 'messageEmail');
    }
  }

  const stepCodes: string[] = [];
  for (const code of rawSteps) {
    if (typeof code !== 'string' || !isStepCode(code)) add(errors, 'stepCodes', 'stepsUnknown');
    else if (!stepCodes.includes(code)) stepCodes.push(code);
  }

  try {
    const prisma = await getPrisma();
    if (ids.length > 0 && !errors.activityIds) {
      const found = await prisma.activity.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
      if (found.length !== new Set(ids).size) add(errors, 'activityIds', 'activitiesUnknown');
      if (found.some((activity) => activity.status !== 'PUBLISHED')) add(errors, 'activityIds', 'activitiesUnavailable');
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    const { ttlDays } = getReferralConfig();
    const expiresAt = new Date(now.getTime() + ttlDays * MS_PER_DAY);
    // A collision of 128 random bits will not happen, but a retry costs nothing to write.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const row = await prisma.referral.create({
          data: {
            code: generateReferralCode(),
            language: language as ClientLanguage,
            activityIds: ids,
            message: message || null,
            stepCodes,
            createdAt: now,
            expiresAt,
          },
        });
        return {
          ok: true,
          referral: {
            code: row.code,
            language: row.language as ClientLanguage,
            activityIds: row.activityIds,
            stepCodes: row.stepCodes,
            createdAt: row.createdAt,
            expiresAt: row.expiresAt,
          },
        };
      } catch (error) {
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
      }
    }
    return { ok: false, errors: { form: ['failed'] } };
  } catch (error) {
    console.error('Creating a referral failed', error);
    return { ok: false, errors: { form: ['failed'] } };
  }
}
