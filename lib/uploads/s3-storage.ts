import 'server-only';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { isValidStorageKey, type FileStorage } from './storage';

/*
 * Private file storage on any S3-compatible server (AWS S3, MinIO, Ceph…), for several app
 * instances sharing the files (docs/deploy.md, docs/decisions/0016-object-storage.md). Objects are
 * written without an ACL, so they stay private to the bucket's owner; the portal reads them and
 * sends them on only through its own routes, after their authorization checks.
 */

export type S3Settings = {
  /** Set for a server other than AWS (MinIO, Ceph, the tests' server): its base URL. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` rather than `https://bucket.host/key`: what MinIO and most self-hosted servers want. */
  forcePathStyle: boolean;
};

function checked(key: string): string {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);
}

export function createS3Storage(settings: S3Settings, client = s3Client(settings)): FileStorage {
  const Bucket = settings.bucket;
  const object = async (key: string) => {
    try {
      return await client.send(new GetObjectCommand({ Bucket, Key: checked(key) }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };
  return {
    async put(key, bytes, meta) {
      await client.send(new PutObjectCommand({ Bucket, Key: checked(key), Body: bytes, ContentType: meta.mimeType, ContentLength: bytes.byteLength }));
    },
    async get(key) {
      const found = await object(key);
      return found?.Body ? new Uint8Array(await found.Body.transformToByteArray()) : null;
    },
    async stream(key) {
      const found = await object(key);
      return found?.Body ? (found.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checked(key) }));
    },
    async *list(prefix) {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${checked(prefix)}/`, ContinuationToken }));
        // An object the portal did not name (put by hand or by another tool) is not the portal's to
        // sweep, and must not stop the walk: only keys it could have written are listed, like on disk.
        for (const o of page.Contents ?? []) if (o.Key && o.LastModified && isValidStorageKey(o.Key)) yield { key: o.Key, modifiedAt: o.LastModified };
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}

export function s3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksums only where the API requires them: self-hosted S3 servers (older MinIO, Ceph, the
    // tests' s3rver) do not all accept the SDK's newer default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
