// Advance consultations (declared in src/shared/consultations/methods.ts).
import type { consultationsMethods } from '../../shared/consultations/methods';
import { ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { createConsultation, getConsultation, listConsultations, updateConsultation } from './consultations';
import { consultationLetter } from './letter';

export const consultationsHandlers: HandlersOf<typeof consultationsMethods> = {
  'consultations.create': (input, ctx) => createConsultation(ctx, input),
  'consultations.update': (input, ctx) => updateConsultation(ctx, input),
  'consultations.get': (input, ctx) => getConsultation(ctx, input.id),
  'consultations.list': (input, ctx) => listConsultations(ctx, input),
  // Reads the database, writes a file: no transaction around the drawing.
  'consultations.letter': ownTransactions((input, ctx) => consultationLetter(ctx, input)),
};
