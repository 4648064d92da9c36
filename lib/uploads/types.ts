/*
 * Shared result types of the upload pipeline. Kept apart from process.ts so client code (the
 * dropzone, error messages) can import them without pulling in sharp or pdf-lib.
 */

/** Every reason an upload can be refused; the const array lets tests and UIs iterate the union. */
export const UPLOAD_ERRORS = [
  'empty',
  'tooLarge',
  'unsupportedType',
  'unreadable',
  'tooSmall',
  'tooManyPages',
  'tooManyPixels',
] as const;

export type UploadError = (typeof UPLOAD_ERRORS)[number];

/** Numbers that explain a refusal, e.g. { width, height, minWidth, minHeight } for 'tooSmall'. */
export type UploadErrorDetail = Record<string, number>;

export type UploadFailure = { ok: false; error: UploadError; detail?: UploadErrorDetail };

export type ProcessedFile = {
  /** The bytes to store: always re-encoded or rewritten, never the bytes that were received. */
  bytes: Uint8Array;
  mimeType: 'image/jpeg' | 'application/pdf';
  extension: 'jpg' | 'pdf';
  width?: number;
  height?: number;
  pages?: number;
  /** Hex SHA-256 of `bytes`, for integrity checks and de-duplication. */
  sha256: string;
};

export type UploadResult = { ok: true; file: ProcessedFile } | UploadFailure;

/** What a format-specific step returns; processUpload adds the digest. */
export type StepResult = { ok: true; file: Omit<ProcessedFile, 'sha256'> } | UploadFailure;
