// Attachments: files held by any record. The file itself is stored once by content hash in the
// data folder; an attachment row says which record holds it and under which display name.
import { z } from 'zod';
import { filePath } from './paths';
import { id, optionalText } from './validation';

/** Records that can hold files. Later areas add theirs here (and to the core's owner table). */
export const ATTACHMENT_OWNER_KINDS = ['product', 'supplier', 'certificate', 'lot', 'inspection', 'case', 'claim', 'consultation'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const attachmentOwner = z.strictObject({ kind: z.enum(ATTACHMENT_OWNER_KINDS), id });
export type AttachmentOwner = z.output<typeof attachmentOwner>;

export interface Attachment {
  id: number;
  owner: AttachmentOwner;
  sha256: string;
  /** The original file name: display text only, never used as a path. */
  fileName: string;
  mime: AttachmentType;
  size: number;
  createdAt: string;
}

export const attachmentAddInput = z.strictObject({
  owner: attachmentOwner,
  /** Absolute path of the file the user picked; read once, then never again. */
  path: filePath,
  /**
   * The name to show, when the path's own is not it (a file copied from what the data folder
   * stores under its hash: a claim's evidence picked from a product's attachments).
   */
  fileName: optionalText(255),
});
export type AttachmentAddInput = z.input<typeof attachmentAddInput>;
export const attachmentListInput = z.strictObject({ owner: attachmentOwner });
