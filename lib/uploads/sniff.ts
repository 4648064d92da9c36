/*
 * File type detection from magic bytes only. The file name and the declared Content-Type come
 * from the client and are never consulted: a renamed or mislabelled file is classified by what
 * it actually contains.
 */

export type SniffedType = 'image/jpeg' | 'image/png' | 'application/pdf';

const JPEG_MAGIC = [0xff, 0xd8, 0xff] as const;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
// "%PDF-" then a version such as "1.7" or "2.0"; requiring the version keeps a stray "%PDF-"
// in text from qualifying.
const PDF_PREFIX = [0x25, 0x50, 0x44, 0x46, 0x2d] as const;
const PDF_HEADER_LENGTH = PDF_PREFIX.length + 3;
// ISO 32000 readers tolerate junk before the header; Acrobat looks within the first 1024 bytes.
// We accept the same window, but the stored file is always rewritten by pdf-lib, so any prefix
// (the usual polyglot trick) never reaches storage.
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

function hasPdfHeaderAt(bytes: Uint8Array, at: number): boolean {
  const v = at + PDF_PREFIX.length;
  const major = bytes[v];
  return (
    startsWith(bytes, PDF_PREFIX, at) &&
    (major === 0x31 || major === 0x32) && // only PDF 1.x and 2.x exist
    bytes[v + 1] === 0x2e && // "."
    isDigit(bytes[v + 2])
  );
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const lastStart = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_HEADER_LENGTH;
  for (let at = 0; at <= lastStart; at++) {
    if (hasPdfHeaderAt(bytes, at)) return true;
  }
  return false;
}

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  // Images must start at offset 0; checked before PDF so an image whose metadata happens to
  // contain "%PDF-1.4" is still treated as the image it is.
  if (startsWith(bytes, JPEG_MAGIC)) return 'image/jpeg';
  if (startsWith(bytes, PNG_MAGIC)) return 'image/png';
  if (hasPdfHeader(bytes)) return 'application/pdf';
  return null;
}
