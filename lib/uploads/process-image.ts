import 'server-only';
import sharp from 'sharp';
import type { UploadPolicy } from './policy';
import type { StepResult, UploadFailure } from './types';

/*
 * JPEG and PNG photos: checked against the policy from the header, then decoded, oriented,
 * shrunk and re-encoded as JPEG. Re-encoding is what makes the stored file safe to serve: no
 * byte of the upload survives, and with it go EXIF (GPS position, phone model, time), XMP, IPTC
 * and ICC profiles (pixels are converted to sRGB first), plus anything appended after the image.
 */

// sharp reports a breached limitInputPixels with this text (libvips has no error codes).
const PIXEL_LIMIT_MESSAGE = 'exceeds pixel limit';

/** Dimensions as displayed, i.e. after applying the EXIF orientation; from the header only. */
async function orientedSize(bytes: Uint8Array): Promise<{ width: number; height: number } | null> {
  try {
    // Reading the header decodes no pixels, so lifting the limit here is safe; it lets us report
    // a bomb's claimed size instead of a generic failure.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    const { width, height } = meta.autoOrient;
    return width > 0 && height > 0 ? { width, height } : null;
  } catch {
    return null;
  }
}

function checkSize(width: number, height: number, policy: UploadPolicy): UploadFailure | null {
  if (width * height > policy.maxImagePixels) {
    return { ok: false, error: 'tooManyPixels', detail: { width, height, maxPixels: policy.maxImagePixels } };
  }
  const landscape = width > height;
  const minWidth = landscape ? policy.minImageLongEdge : policy.minImageShortEdge;
  const minHeight = landscape ? policy.minImageShortEdge : policy.minImageLongEdge;
  if (width < minWidth || height < minHeight) {
    // The minimum is quoted in the photo's own orientation so the message reads naturally.
    return { ok: false, error: 'tooSmall', detail: { width, height, minWidth, minHeight } };
  }
  return null;
}

export async function processImage(bytes: Uint8Array, policy: UploadPolicy): Promise<StepResult> {
  const size = await orientedSize(bytes);
  if (!size) return { ok: false, error: 'unreadable' };
  const refused = checkSize(size.width, size.height, policy);
  if (refused) return refused;

  try {
    const { data, info } = await sharp(bytes, {
      // Defence in depth behind checkSize: libvips itself refuses to decode beyond the limit.
      limitInputPixels: policy.maxImagePixels,
      // The strictest level: truncated or corrupt data fails instead of yielding a grey half
      // image. Browsers re-encode before upload, so honest files are clean.
      failOn: 'warning',
    })
      .rotate() // apply the EXIF orientation to the pixels; the tag itself is dropped
      .flatten({ background: '#ffffff' }) // transparent PNG areas become paper white
      .resize({
        width: policy.outputLongEdge,
        height: policy.outputLongEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      // Photos of paper compress far better as JPEG than PNG, and one output format keeps
      // viewers and storage simple. No keepMetadata()/withMetadata(): all metadata is dropped.
      .jpeg({ quality: policy.jpegQuality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      file: {
        bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
        mimeType: 'image/jpeg',
        extension: 'jpg',
        width: info.width,
        height: info.height,
      },
    };
  } catch (error) {
    if (error instanceof Error && error.message.includes(PIXEL_LIMIT_MESSAGE)) {
      return { ok: false, error: 'tooManyPixels', detail: { ...size, maxPixels: policy.maxImagePixels } };
    }
    return { ok: false, error: 'unreadable' };
  }
}
