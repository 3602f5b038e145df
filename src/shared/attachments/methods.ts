// Attached files (implemented in src/core/attachments/handlers.ts).
import { mutation, query } from '../contract';
import type { MethodTable } from '../contract';
import { attachmentAddInput, attachmentListInput } from '../attachments';
import type { Attachment } from '../attachments';
import { byId } from '../products';

export const attachmentsMethods = {
  'attachments.add': mutation<Attachment>()(attachmentAddInput),
  'attachments.list': query<Attachment[]>()(attachmentListInput),
  'attachments.remove': mutation<{ removed: boolean; fileDeleted: boolean }>()(byId),
  'attachments.open': query<{ path: string }>()(byId),
} satisfies MethodTable;
