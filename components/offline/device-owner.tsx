'use client';

import { useEffect } from 'react';
import { dropAllDrafts } from '@/lib/offline/device-drafts';
import { forgetPages } from '@/lib/offline/page-cache';

const OWNER = 'hotich:deviceOwner';

/**
 * A shared phone: when a different person signs in than the one whose drafts and kept pages are on
 * the device (they signed out before the page's scripts ran, or their session simply ended),
 * everything of the previous person is dropped before anything else. `owner` is an opaque id of
 * the signed-in person (never their number), or null for a visitor, who changes nothing.
 */
export function DeviceOwner({ owner }: { owner: string | null }) {
  useEffect(() => {
    if (!owner) return;
    try {
      const previous = localStorage.getItem(OWNER);
      if (previous && previous !== owner) void Promise.all([dropAllDrafts(), forgetPages()]);
      localStorage.setItem(OWNER, owner);
    } catch {
      // no storage (some private modes): nothing was kept either
    }
  }, [owner]);
  return null;
}
