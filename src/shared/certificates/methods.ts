// Certificates (implemented in src/core/certificates/handlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { certificateCreateInput, certificateExpiringInput, certificateListInput, certificateUpdateInput } from '../certificates';
import type { Certificate } from '../certificates';
import { byId } from '../products';
import type { Page } from '../products';

export const certificatesMethods = {
  'certificates.create': mutation<Certificate>()(certificateCreateInput),
  'certificates.get': query<Certificate>()(byId),
  'certificates.update': mutation<Certificate>()(certificateUpdateInput),
  'certificates.list': query<Page<Certificate>>()(certificateListInput),
  'certificates.expiring': query<Page<Certificate>>()(certificateExpiringInput),
} satisfies MethodTable;
