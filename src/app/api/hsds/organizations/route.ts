import { hsdsOrganizationsQuerySchema } from '@/lib/api/hsds-schemas';
import { preflight } from '@/server/api/http';
import { hsdsList } from '@/server/hsds/http';
import { listOrganizations } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export const GET = hsdsList(hsdsOrganizationsQuerySchema, listOrganizations);
