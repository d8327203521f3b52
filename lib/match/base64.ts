/**
 * Bytes <-> base64, for typed arrays sent through extension messaging (Chrome serialises
 * messages as JSON). The native `Uint8Array.fromBase64` / `toBase64` (Chrome 140, Firefox 133)
 * decode megabytes in a few milliseconds; older browsers take the `atob` / `btoa` path.
 */

interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
interface NativeBase64Bytes {
  toBase64?: () => string;
}

/** `String.fromCharCode` takes its codes as arguments: a chunk well under engines' limits. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array, native = true): string {
  const toBase64 = (bytes as NativeBase64Bytes).toBase64;
  if (native && toBase64) return toBase64.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** The bytes, or null when `text` is not base64. */
export function base64ToBytes(text: string, native = true): Uint8Array | null {
  try {
    const fromBase64 = (Uint8Array as NativeBase64).fromBase64;
    if (native && fromBase64) return fromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
