// Save a segment file's bytes as a download.
import { downloadBlob } from '../common/download';

export function downloadBytes(bytes: Uint8Array, name: string): void {
  // A copy: the Blob must not hold a view into the simulation's buffer.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  downloadBlob(new Blob([copy], { type: 'application/octet-stream' }), name);
}
