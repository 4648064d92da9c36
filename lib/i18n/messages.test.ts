import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import vi from './messages/vi.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('messages', () => {
  it('has every Vietnamese message in English and nothing extra', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('has no empty message', () => {
    for (const [name, messages] of [['vi', vi], ['en', en]] as const) {
      const empty = keys(messages).filter((k) => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages));
      expect(empty, name).toEqual([]);
    }
  });

  it('stores Vietnamese text in NFC', () => {
    const text = JSON.stringify(vi);
    expect(text).toBe(text.normalize('NFC'));
  });
});
