import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Fonts } from './fonts';
import { wrapText } from './text-wrap';

/*
 * A top-down text cursor over one PDF page. pdf-lib places text by baseline from the bottom of
 * the page and neither wraps nor normalises; every string goes through `draw` here so NFC and
 * wrapping are applied in one place.
 */

export type Frame = { left: number; right: number; top: number; bottom: number };
export type TextStyle = { bold?: boolean; size?: number; color?: RGB };

const BLACK = rgb(0, 0, 0);
const LINE_FACTOR = 1.45;

/** Printable form of a value: NFC, single-line, never "undefined". */
export function clean(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export class PageWriter {
  y: number;

  constructor(readonly page: PDFPage, readonly fonts: Fonts, readonly frame: Frame) {
    this.y = frame.top;
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  measure(text: string, style: TextStyle): number {
    return this.font(style).widthOfTextAtSize(text.normalize('NFC'), style.size ?? 11);
  }

  /** Draws one line with its baseline `size` below `top`. */
  draw(text: string, x: number, top: number, style: TextStyle): void {
    const value = text.normalize('NFC');
    if (!value.trim()) return;
    const size = style.size ?? 11;
    this.page.drawText(value, { x, y: top - size, size, font: this.font(style), color: style.color ?? BLACK });
  }

  lineHeight(style: TextStyle): number {
    return (style.size ?? 11) * LINE_FACTOR;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Centered, wrapped text between x and x + width; advances the cursor. */
  centered(text: string, style: TextStyle, x = this.frame.left, width = this.frame.right - this.frame.left): void {
    for (const line of wrapText(clean(text), (s) => this.measure(s, style), width)) {
      this.draw(line, x + (width - this.measure(line, style)) / 2, this.y, style);
      this.y -= this.lineHeight(style);
    }
  }

  /** "Label: value", the value bold and wrapped under the label; advances the cursor. */
  field(label: string, value: string, options: { x?: number; width?: number; valueStyle?: TextStyle } = {}): void {
    const x = options.x ?? this.frame.left;
    const width = options.width ?? this.frame.right - x;
    const labelStyle: TextStyle = { size: 11 };
    const valueStyle: TextStyle = { bold: true, size: 11, ...options.valueStyle };
    const labelWidth = this.measure(`${label} `, labelStyle);
    const lines = wrapText(clean(value), (s) => this.measure(s, valueStyle), width - labelWidth, width);
    const step = Math.max(this.lineHeight(labelStyle), this.lineHeight(valueStyle));
    const sizeDiff = (valueStyle.size ?? 11) - (labelStyle.size ?? 11);
    // The trailing space is drawn, not just skipped, so text extraction keeps label and value apart.
    this.draw(`${label} `, x, this.y - Math.max(0, sizeDiff), labelStyle);
    lines.forEach((line, i) => {
      this.draw(line, i === 0 ? x + labelWidth : x, this.y - i * step - Math.max(0, -sizeDiff), valueStyle);
    });
    this.y -= step * Math.max(1, lines.length);
  }

  /** Fields side by side in equal columns; the cursor ends below the tallest. */
  row(fields: readonly (readonly [label: string, value: string])[]): void {
    const top = this.y;
    const columnWidth = (this.frame.right - this.frame.left) / fields.length;
    let lowest = top;
    fields.forEach(([label, value], i) => {
      this.y = top;
      this.field(label, value, { x: this.frame.left + i * columnWidth, width: columnWidth - 8 });
      lowest = Math.min(lowest, this.y);
    });
    this.y = lowest;
  }

  rule(x1: number, x2: number, at = this.y, thickness = 0.75): void {
    this.page.drawLine({ start: { x: x1, y: at }, end: { x: x2, y: at }, thickness, color: BLACK });
  }
}
