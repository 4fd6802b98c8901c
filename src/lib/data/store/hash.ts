/**
 * SHA-256 through WebCrypto (the browser's and Node's): checksums of kept files and the
 * fingerprint of an export. Native code, a few hundred MB a second: cheap beside the work it guards.
 */

export async function sha256(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return hex(new Uint8Array(digest));
}

export function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
