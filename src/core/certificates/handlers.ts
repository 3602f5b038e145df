// Certificates' methods (declared in src/shared/certificates/methods.ts), bound to their work.
import type { certificatesMethods } from '../../shared/certificates/methods';
import type { HandlersOf } from '../handlers';
import { createCertificate, expiringCertificates, getCertificate, listCertificates, updateCertificate } from './certificates';

export const certificatesHandlers: HandlersOf<typeof certificatesMethods> = {
  'certificates.create': (input, ctx) => createCertificate(ctx, input),
  'certificates.get': (input, ctx) => getCertificate(ctx, input.id),
  'certificates.update': (input, ctx) => updateCertificate(ctx, input),
  'certificates.list': (input, ctx) => listCertificates(ctx, input),
  'certificates.expiring': (input, ctx) => expiringCertificates(ctx, input),
};
