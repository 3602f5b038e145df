// Attachments: which record holds which stored file. Adding copies the file first (outside the
// transaction, it is slow I/O) and then records it in one transaction; if recording fails, a file
// that this call stored and nothing references is removed again.
import type { QueryContext } from '../context';
import type { ReadDb } from '../db/read';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedInputOf } from '../../shared/api';
import type { Attachment, AttachmentOwner, AttachmentOwnerKind } from '../../shared/attachments';
import { ClearpackError, NotFoundError } from '../../shared/errors';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';
import { writeTransaction } from '../db/write';
import { filesDir, storeFile } from './files';
import type { CopyHooks } from './files';

/** The table of each kind of owner; an attachment may only be added to a record that exists. */
const OWNER_TABLES: Record<AttachmentOwnerKind, string> = {
  product: 'products',
  supplier: 'suppliers',
  certificate: 'certificates',
  lot: 'lots',
  inspection: 'inspections',
  case: 'cases',
  claim: 'claims',
  consultation: 'consultations',
};

const SELECT = `
  SELECT a.id, a.owner_kind AS kind, a.owner_id AS ownerId, a.sha256, a.file_name AS fileName, f.mime, f.size, a.created_at AS createdAt
  FROM attachments a JOIN files f ON f.sha256 = a.sha256`;
type Row = Omit<Attachment, 'owner'> & { kind: AttachmentOwnerKind; ownerId: number };
const fromRow = ({ kind, ownerId, ...r }: Row): Attachment => ({ ...r, owner: { kind, id: ownerId } });

function checkOwner(db: DB, owner: AttachmentOwner): void {
  if (!db.prepare(`SELECT 1 FROM ${OWNER_TABLES[owner.kind]} WHERE id = ?`).get(owner.id)) throw new NotFoundError(owner.kind, owner.id);
}

function getAttachment(db: ReadDb, id: number): Attachment {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Attachment', id);
  return fromRow(row);
}

export async function addAttachment(ctx: CoreContext, input: ParsedInputOf<'attachments.add'>, hooks?: CopyHooks): Promise<Attachment> {
  checkOwner(ctx.db, input.owner);
  const stored = await storeFile(ctx.dataDir, input.path, hooks);
  try {
    return writeTransaction(ctx.db, () => {
      checkOwner(ctx.db, input.owner); // still there after the copy
      const now = ctx.now().toISOString();
      ctx.db.prepare('INSERT OR IGNORE INTO files (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(stored.sha256, stored.size, stored.mime, now);
      const { lastInsertRowid } = ctx.db
        .prepare('INSERT INTO attachments (owner_kind, owner_id, sha256, file_name, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.owner.kind, input.owner.id, stored.sha256, input.fileName ?? stored.fileName, now);
      return getAttachment(ctx.db, Number(lastInsertRowid));
    });
  } catch (err) {
    if (stored.isNew && !ctx.db.prepare('SELECT 1 FROM files WHERE sha256 = ?').get(stored.sha256))
      rmSync(join(filesDir(ctx.dataDir), stored.sha256), { force: true });
    throw err;
  }
}

export function listAttachments(db: ReadDb, owner: AttachmentOwner): Attachment[] {
  return (db.prepare(`${SELECT} WHERE a.owner_kind = ? AND a.owner_id = ? ORDER BY a.created_at, a.id`).all(owner.kind, owner.id) as Row[]).map(fromRow);
}

/** Removes the row; the stored file goes too once no other attachment uses it. */
export function removeAttachment(ctx: CoreContext, id: number): { removed: boolean; fileDeleted: boolean } {
  const orphan = writeTransaction(ctx.db, () => {
    const a = getAttachment(ctx.db, id);
    ctx.db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
    // A consultation's answer that named this file as its reply no longer has one.
    if (a.owner.kind === 'consultation') ctx.db.prepare('UPDATE consultations SET reply_attachment_id = NULL WHERE reply_attachment_id = ?').run(id);
    if (ctx.db.prepare('SELECT 1 FROM attachments WHERE sha256 = ?').get(a.sha256)) return null;
    ctx.db.prepare('DELETE FROM files WHERE sha256 = ?').run(a.sha256);
    return a.sha256;
  });
  // After the commit: a crash in between leaves an unreferenced file, never a row without its file.
  if (orphan) rmSync(join(filesDir(ctx.dataDir), orphan), { force: true });
  return { removed: true, fileDeleted: orphan !== null };
}

export function attachmentPath(ctx: QueryContext, id: number): { path: string } {
  const a = getAttachment(ctx.db, id);
  const path = join(filesDir(ctx.dataDir), a.sha256);
  if (!existsSync(path)) throw new ClearpackError('NOT_FOUND', `The stored file of "${a.fileName}" is missing from the data folder`, { what: 'file', id });
  return { path };
}
