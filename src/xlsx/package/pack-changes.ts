/**
 * The saved package: only the parts we wrote are packed anew (a stored one stays stored, deflated
 * ones through the host's codec when it has one); every other entry is copied record for record.
 */
import JSZip from 'jszip';
import { readZipDirectory, type ZipDirectory } from './zip-directory';
import { spliceZip } from './zip-splice';

/** Faster inflate/deflate for some hosts (the CLI has Node's zlib); JSZip's own when absent. */
export interface ZipCodec {
  /** The entry's text, or undefined to let JSZip inflate it. */
  readText?(entry: JSZip.JSZipObject): string | undefined;
  /** Store `text` under `name`, deflated (in the archive of the parts we write). */
  put?(zip: JSZip, name: string, text: string): void;
}

export async function packChanges(
  original: Uint8Array,
  directory: ZipDirectory,
  changes: Map<string, string>,
  removed: Set<string>,
  codec: ZipCodec,
): Promise<Uint8Array> {
  // Only the parts we wrote are packed anew (a stored one stays stored); the rest are copied.
  const stored = new Set(directory.records.filter((r) => r.method === 0).map((r) => r.key));
  const fresh = new JSZip();
  for (const [name, text] of changes) {
    if (stored.has(name)) fresh.file(name, text, { compression: 'STORE', createFolders: false });
    else if (codec.put) codec.put(fresh, name, text);
    else fresh.file(name, text, { createFolders: false });
  }
  const freshBytes = await fresh.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  return spliceZip(
    { bytes: original, dir: directory },
    { bytes: freshBytes, dir: readZipDirectory(freshBytes) },
    removed,
  );
}
