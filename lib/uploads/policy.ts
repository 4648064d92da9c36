/*
 * Upload limits as data, so the server pipeline, the browser-side checks and the error messages
 * all quote the same numbers. Safe to import from client code.
 */

export type UploadPolicy = {
  /** Largest accepted upload, checked before any decoding. */
  readonly maxBytes: number;
  /** Minimum short and long edge of a photo, in pixels, whatever its orientation. */
  readonly minImageShortEdge: number;
  readonly minImageLongEdge: number;
  /** Largest width × height that will be decoded; refuses decompression bombs. */
  readonly maxImagePixels: number;
  readonly maxPdfPages: number;
  /** Stored photos are shrunk so their long edge is at most this (never enlarged). */
  readonly outputLongEdge: number;
  /** JPEG quality of stored photos (mozjpeg). */
  readonly jpegQuality: number;
};

export const UPLOAD_POLICY: UploadPolicy = Object.freeze({
  /** 5 MB per file: the design limit of procedures.md (common application rules). */
  maxBytes: 5 * 1024 * 1024,
  /*
   * 900 × 1200 px. Attachments are mostly handwritten A4 statements (210 × 297 mm). With the page
   * filling ~90% of a 1200 px long edge that is ≈ 3.6 px/mm (≈ 92 dpi): a 2.5–3 mm handwritten
   * x-height gets ~10 px and the ~1 mm Vietnamese tone marks (hỏi, ngã, nặng) ~3–4 px, which is
   * the least that keeps "hỏi" and "hồi" distinguishable after JPEG compression. At 600 × 800
   * (≈ 60 dpi) those marks shrink to ~2 px and smear into the letters. Every phone camera of the
   * last decade exceeds 1.1 MP, so this refuses thumbnails and heavily re-compressed copies, not
   * cheap phones; the browser sends ~2000 px, well above the floor.
   */
  minImageShortEdge: 900,
  minImageLongEdge: 1200,
  /*
   * 40 MP: above any phone's default output (12–16 MP; 50–108 MP sensors bin to 12 MP by default)
   * yet a decoded RGB buffer stays ≈ 120 MB. A 10 MB PNG can otherwise claim billions of pixels.
   */
  maxImagePixels: 40_000_000,
  /** A statement or authorisation is a few pages; more suggests the wrong file. */
  maxPdfPages: 10,
  /** ≈ 170 dpi across A4: legible for reviewers, typically 300–800 kB as JPEG. */
  outputLongEdge: 2000,
  jpegQuality: 82,
});
