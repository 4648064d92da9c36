import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/*
 * Be Vietnam Pro covers every precomposed Vietnamese letter, which the 14 standard PDF fonts do
 * not. The files come from the npm package so no binary sits in the repository. Subsetting keeps
 * each PDF at tens of kilobytes instead of carrying the whole font.
 */

export type Fonts = { regular: PDFFont; bold: PDFFont };

const FONT_FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

let cached: { regular: Uint8Array; bold: Uint8Array } | undefined;

/** Module resolution finds the package from a bundled server chunk too; the cwd path is the fallback. */
export function resolveFontFile(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return path.join(process.cwd(), 'node_modules', specifier);
  }
}

function fontBytes() {
  cached ??= {
    regular: readFileSync(resolveFontFile(FONT_FILES.regular)),
    bold: readFileSync(resolveFontFile(FONT_FILES.bold)),
  };
  return cached;
}

export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const bytes = fontBytes();
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true }),
    doc.embedFont(bytes.bold, { subset: true }),
  ]);
  return { regular, bold };
}
