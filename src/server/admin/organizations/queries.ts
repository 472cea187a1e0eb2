import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/server/db';
import type { OrganizationFilters, OrganizationSource } from './filters';
import type { ProviderTypeValue } from './schemas';

export const ORGANIZATION_PAGE_SIZE = 25;

export interface OrganizationListItem {
  id: string;
  slug: string;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
  providerType: ProviderTypeValue;
  source: OrganizationSource;
  municipalityCode: string | null;
  activityCount: number;
}

export interface OrganizationList {
  items: OrganizationListItem[];
  total: number;
  page: number;
  pageCount: number;
}

function listWhere(filters: OrganizationFilters): Prisma.OrganizationWhereInput {
  const where: Prisma.OrganizationWhereInput = {};
  if (filters.q) {
    where.OR = (['nameFi', 'nameSv', 'nameEn'] as const).map((field) => ({
      [field]: { contains: filters.q, mode: 'insensitive' as const },
    }));
  }
  if (filters.providerType) where.providerType = filters.providerType;
  if (filters.source) where.source = filters.source;
  return where;
}

/** Callers are admin pages, which have checked the role already. */
export async function listOrganizations(filters: OrganizationFilters): Promise<OrganizationList> {
  const prisma = await getPrisma();
  const where = listWhere(filters);
  const total = await prisma.organization.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ORGANIZATION_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await prisma.organization.findMany({
    where,
    orderBy: [{ nameFi: { sort: 'asc', nulls: 'last' } }, { nameSv: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    skip: (page - 1) * ORGANIZATION_PAGE_SIZE,
    take: ORGANIZATION_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      nameFi: true,
      nameSv: true,
      nameEn: true,
      providerType: true,
      source: true,
      municipalityCode: true,
      _count: { select: { activities: true } },
    },
  });
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, activityCount: _count.activities })),
    total,
    page,
    pageCount,
  };
}

export interface OrganizationForEdit {
  id: string;
  slug: string;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  providerType: ProviderTypeValue;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  municipalityCode: string | null;
  source: OrganizationSource;
  externalId: string | null;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  activityCount: number;
}

export async function getOrganizationForEdit(id: string): Promise<OrganizationForEdit | null> {
  const prisma = await getPrisma();
  const row = await prisma.organization.findUnique({
    where: { id },
    include: { _count: { select: { activities: true } } },
  });
  if (!row) return null;
  const { _count, ...organization } = row;
  return { ...organization, activityCount: _count.activities };
}

/** Whether a municipality code is known (no code: nothing to check). */
export async function municipalityExists(code: string | null): Promise<boolean> {
  if (!code) return true;
  const prisma = await getPrisma();
  return (await prisma.municipality.count({ where: { code } })) > 0;
}
