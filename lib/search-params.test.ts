import { describe, expect, it } from 'vitest';
import { knownParam } from './search-params';

describe('knownParam', () => {
  const KINDS = ['deletion', 'restore', 'discrepancy'] as const;
  it('keeps a known value and ignores anything else', () => {
    expect(knownParam('restore', KINDS)).toBe('restore');
    for (const odd of [undefined, '', 'Deletion', 'deletion ', '__proto__', 'toString', 'sent.deletion', ['deletion', 'restore'], ['deletion']]) expect(knownParam(odd, KINDS), String(odd)).toBeNull();
  });
});
