import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

/* Fixtures generated on the fly, so the repository holds no binary test files. */

/** A blank "sheet of paper" photographed as JPEG. */
export async function jpeg(width: number, height: number): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: '#f4f1ea' } }).jpeg().toBuffer();
}

export async function png(width: number, height: number, alpha = false): Promise<Uint8Array> {
  const background = alpha ? { r: 0, g: 0, b: 0, alpha: 0 } : '#ffffff';
  return sharp({ create: { width, height, channels: alpha ? 4 : 3, background } }).png().toBuffer();
}

export async function pdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 50, y: 780 });
  return doc.save();
}

export const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
