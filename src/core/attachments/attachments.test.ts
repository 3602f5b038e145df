import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../../test/helpers';
import { addAttachment } from './attachments';
import { sniffType } from '../pdf/attached';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24)]);

async function setup() {
  const core = testCore();
  const dir = tempDir('clearpack-picked-');
  const cert = await core.ok('certificates.create', { type: 'doc_ce', issueDate: '2026-01-01' });
  const product = await core.ok('products.create', { sku: 'P-1', name: 'Lamp' });
  const file = (name: string, data: Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const stored = () => (existsSync(join(core.ctx.dataDir, 'files')) ? readdirSync(join(core.ctx.dataDir, 'files')).sort() : []);
  const owner = { kind: 'certificate' as const, id: cert.id };
  return { core, dir, cert, product, file, stored, owner };
}

describe('sniffType', () => {
  it('recognises PDF, PNG, JPEG and WebP by their first bytes only', () => {
    expect(sniffType(PDF)).toBe('application/pdf');
    expect(sniffType(PNG)).toBe('image/png');
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffType(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBeNull();
    expect(sniffType(Buffer.from('MZ\x90\0'))).toBeNull();
  });
});

describe('attachments', () => {
  it('copies a file under its SHA-256, deduplicates, lists, opens, and removes the file with its last reference', async () => {
    const { core, file, stored, owner, product } = await setup();
    const path = file('Declaration CE 蓝牙.pdf', PDF);
    const a = await core.ok('attachments.add', { owner, path });
    expect(a).toMatchObject({ owner, fileName: 'Declaration CE 蓝牙.pdf', mime: 'application/pdf', size: PDF.length });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored()).toEqual([a.sha256]);
    // The original may go away: the stored copy is what counts.
    unlinkSync(path);
    const { path: openPath } = await core.ok('attachments.open', { id: a.id });
    expect(readFileSync(openPath).equals(PDF)).toBe(true);

    const again = await core.ok('attachments.add', { owner: { kind: 'product', id: product.id }, path: file('copy.pdf', PDF) });
    expect(again.sha256).toBe(a.sha256);
    expect(stored()).toEqual([a.sha256]);
    expect((await core.ok('certificates.get', { id: owner.id })).attachmentCount).toBe(1);
    expect((await core.ok('attachments.list', { owner })).map((x) => x.fileName)).toEqual(['Declaration CE 蓝牙.pdf']);

    expect(await core.ok('attachments.remove', { id: a.id })).toEqual({ removed: true, fileDeleted: false });
    expect(stored()).toEqual([a.sha256]);
    expect(await core.ok('attachments.remove', { id: again.id })).toEqual({ removed: true, fileDeleted: true });
    expect(stored()).toEqual([]);
    expect(core.snapshot('files', 'attachments')).toEqual({ files: [], attachments: [] });
    expect((await core.fail('attachments.open', { id: a.id })).code).toBe('NOT_FOUND');
  });

  it('copies a stored file to another owner under the name it had (a claim’s evidence picked from a product)', async () => {
    const { core, file, stored, owner, product } = await setup();
    const a = await core.ok('attachments.add', { owner, path: file('产品照片.pdf', PDF) });
    const { path: storedPath } = await core.ok('attachments.open', { id: a.id });
    const copy = await core.ok('attachments.add', { owner: { kind: 'product', id: product.id }, path: storedPath, fileName: a.fileName });
    expect(copy).toMatchObject({ fileName: '产品照片.pdf', sha256: a.sha256 });
    expect(stored()).toEqual([a.sha256]);
    // Without a name, the path's own (here the hash) is kept, as before; a name with a line break is refused.
    expect((await core.ok('attachments.add', { owner, path: storedPath })).fileName).toBe(a.sha256);
    const bad = await core.fail('attachments.add', { owner, path: storedPath, fileName: 'a\nb' });
    expect(bad.details.issues?.[0]?.path).toBe('fileName');
  });

  it('refuses an executable renamed .pdf, a text file, a folder, a device and relative or missing paths; nothing is stored', async () => {
    const { core, dir, file, stored, owner } = await setup();
    const before = core.snapshot('files', 'attachments');
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
    const refusal = async (path: string) => {
      const err = await core.fail('attachments.add', { owner, path });
      expect(err.code).toBe('VALIDATION');
      expect(err.details.issues![0]!.path).toBe('path');
      return err.details.issues![0]!.key;
    };
    expect(await refusal(file('invoice.pdf', elf))).toBe('file_type');
    expect(await refusal(file('setup.pdf', Buffer.from('MZ\x90\0\x03\0\0\0'.repeat(8))))).toBe('file_type');
    expect(await refusal('/etc/passwd')).toBe('file_type');
    expect(await refusal('../../etc/passwd')).toBe('path_not_absolute');
    expect(await refusal(join(dir, '..', '..', 'no', 'such', 'file.pdf'))).toBe('file_not_found');
    mkdirSync(join(dir, 'folder.pdf'));
    expect(await refusal(join(dir, 'folder.pdf'))).toBe('not_regular_file');
    expect(await refusal('/dev/null')).toBe('not_regular_file');
    const fifo = join(dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(fifo)).toBe('not_regular_file');
    expect(await refusal(file('empty.pdf', Buffer.alloc(0)))).toBe('file_type');
    expect(core.snapshot('files', 'attachments')).toEqual(before);
    expect(stored()).toEqual([]);
  });

  it('refuses a file over 50 MB before copying anything', async () => {
    const { core, file, stored, owner } = await setup();
    const big = file('huge.pdf', PDF);
    execFileSync('truncate', ['-s', '60M', big]); // sparse: no 60 MB written
    expect(statSync(big).size).toBe(60 * 1024 * 1024);
    const err = await core.fail('attachments.add', { owner, path: big });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'path', key: 'file_too_large' })]);
    expect(stored()).toEqual([]);
    expect(core.snapshot('attachments')).toEqual({ attachments: [] });
  });

  it('a file that vanishes before the copy, or is truncated during it, fails cleanly: no row, no partial file', async () => {
    const { core, file, stored, owner } = await setup();
    const gone = file('gone.pdf', PDF);
    unlinkSync(gone);
    const err = await core.fail('attachments.add', { owner, path: gone });
    expect(err.details.issues).toEqual([expect.objectContaining({ path: 'path', key: 'file_not_found' })]);

    // 3 MB PDF: copied in 1 MB chunks; after the first chunk the file is cut short.
    const shrinking = file('shrinking.pdf', Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024)]));
    await expect(addAttachment(core.ctx, { owner, path: shrinking }, { afterChunk: () => truncateSync(shrinking, 100) })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: [expect.objectContaining({ path: 'path', key: 'file_changed' })] },
    });
    // Removed mid-copy as well as cut: the open file is read to its (new) end, and the mismatch is caught.
    const vanishing = file('vanishing.pdf', Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024)]));
    await expect(
      addAttachment(core.ctx, { owner, path: vanishing }, { afterChunk: () => { truncateSync(vanishing, 0); unlinkSync(vanishing); } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(stored()).toEqual([]); // no temp file left behind either
    expect(core.snapshot('files', 'attachments')).toEqual({ files: [], attachments: [] });
  });

  it('refuses an owner that does not exist, before copying', async () => {
    const { core, file, stored } = await setup();
    const err = await core.fail('attachments.add', { owner: { kind: 'supplier', id: 42 }, path: file('x.png', PNG) });
    expect(err.code).toBe('NOT_FOUND');
    expect((await core.fail('attachments.add', { owner: { kind: 'shipment', id: 1 }, path: '/x' })).details.issues![0]!.path).toBe('owner.kind');
    expect(stored()).toEqual([]);
  });
});
