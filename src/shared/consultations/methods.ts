// Advance consultations (implemented in src/core/consultations/handlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { consultationCreateInput, consultationLetterInput, consultationListInput, consultationUpdateInput } from '../consultations';
import type { Consultation, ConsultationLetter, ConsultationSummary } from '../consultations';
import { byId } from '../products';
import type { Page } from '../products';

export const consultationsMethods = {
  /** Refused for an archived product or an unknown product or shipment. */
  'consultations.create': mutation<Consultation>()(consultationCreateInput),
  /** With `answer`: records it (refused when dated before the request) and turns it into seller rules. */
  'consultations.update': mutation<Consultation>()(consultationUpdateInput),
  'consultations.get': query<Consultation>()(byId),
  'consultations.list': query<Page<ConsultationSummary>>()(consultationListInput),
  /** Writes the request letter PDF (documents/consultations/) and returns its text to copy. */
  'consultations.letter': mutation<ConsultationLetter>()(consultationLetterInput),
} satisfies MethodTable;
