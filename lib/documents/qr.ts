import { rgb, type PDFPage } from 'pdf-lib';
import { create } from 'qrcode';

/*
 * The QR code is drawn as vector rectangles rather than an embedded image so it stays sharp at
 * any print or zoom size. Dark modules in a row are merged into one rectangle, which keeps the
 * content stream small and avoids hairline seams between neighbours when rasterised.
 */

const QUIET_ZONE = 4; // modules of white border the QR specification requires

/** Draws `text` as a QR code (error correction M) in a `size`-point square whose lower-left corner is (x, y). */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QUIET_ZONE;
  const unit = size / count;
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      page.drawRectangle({
        x: x + (QUIET_ZONE + start) * unit,
        // PDF y grows upwards while QR rows grow downwards; the slight overlap closes row seams.
        y: y + size - (QUIET_ZONE + row + 1) * unit - 0.02,
        width: (col - start) * unit,
        height: unit + 0.04,
        color: rgb(0, 0, 0),
      });
    }
  }
}
