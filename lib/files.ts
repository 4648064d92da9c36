import 'server-only';
import { env } from '@/lib/env';
import { createS3Storage } from '@/lib/uploads/s3-storage';
import { createLocalDiskStorage, type FileStorage } from '@/lib/uploads/storage';

/** The portal's private file storage, chosen here: local disk (FILES_DIR), or an S3-compatible bucket (FILE_STORAGE=s3). */
let storage: FileStorage | undefined;
export function fileStorage(): FileStorage {
  storage ??= env.s3 ? createS3Storage(env.s3) : createLocalDiskStorage(env.filesDir);
  return storage;
}
