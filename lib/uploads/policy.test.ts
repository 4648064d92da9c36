import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { UPLOAD_POLICY } from './policy';

describe('the upload limit and the server actions that carry files', () => {
  it('lets a server action receive a whole upload of the largest accepted size with its form, and not much more', async () => {
    const config = (await import(/* @vite-ignore */ pathToFileURL(path.resolve('next.config.mjs')).href)) as { default: NextConfig; SERVER_ACTION_BODY_LIMIT: number };
    const limit = config.SERVER_ACTION_BODY_LIMIT;
    expect(config.default.experimental?.serverActions?.bodySizeLimit).toBe(limit);
    // Room for the multipart framing and the text fields (a few thousand characters a request form).
    expect(limit).toBeGreaterThanOrEqual(UPLOAD_POLICY.maxBytes + 64 * 1024);
    expect(limit).toBeLessThanOrEqual(UPLOAD_POLICY.maxBytes + 2 * 1024 * 1024);
  });
});
