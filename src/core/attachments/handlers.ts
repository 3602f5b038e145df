// Attachments' methods (declared in src/shared/attachments/methods.ts), bound to their work.
import type { attachmentsMethods } from '../../shared/attachments/methods';
import { ownTransactions } from '../handlers';
import type { HandlersOf } from '../handlers';
import { addAttachment, attachmentPath, listAttachments, removeAttachment } from './attachments';

export const attachmentsHandlers: HandlersOf<typeof attachmentsMethods> = {
  // File work: the copy runs outside any transaction, the rows are written in their own (see attachments.ts).
  'attachments.add': ownTransactions((input, ctx) => addAttachment(ctx, input)),
  'attachments.list': (input, ctx) => listAttachments(ctx.db, input.owner),
  'attachments.remove': ownTransactions((input, ctx) => removeAttachment(ctx, input.id)),
  'attachments.open': (input, ctx) => attachmentPath(ctx, input.id),
};
