import { describe, expect, it } from 'vitest';
import { changedFrom } from './use-device-draft';
import { domDefault, editedBeforeReady, type FieldElement } from './edited-before-ready';

/** A field as the browser has it: what the server's HTML put in it, and what it holds now. */
const input = (type: string, props: Record<string, unknown>) => ({ type, ...props }) as unknown as FieldElement;
const select = (defaultIndex: number | null, selectedIndex: number) => {
  const options = ['', 'kinh', 'mong'].map((value, i) => ({ value, defaultSelected: i === defaultIndex }));
  return { type: 'select-one', options, value: options[selectedIndex]!.value } as unknown as FieldElement;
};

describe('what was typed into the server-rendered page before its scripts ran', () => {
  it('a text field: its value when it is not the saved answer', () => {
    expect(editedBeforeReady(input('text', { defaultValue: 'Đạt', value: 'Đạt Khoa' }))).toBe('Đạt Khoa');
    expect(editedBeforeReady(input('text', { defaultValue: 'Đạt', value: 'Đạt' }))).toBeUndefined();
    expect(editedBeforeReady(input('textarea', { defaultValue: '', value: 'Thôn Nà Hẩu' }))).toBe('Thôn Nà Hẩu');
    // Emptied on purpose is an answer too.
    expect(editedBeforeReady(input('text', { defaultValue: 'Đạt', value: '' }))).toBe('');
  });

  it('a checkbox: its state when it was turned either way', () => {
    expect(editedBeforeReady(input('checkbox', { defaultChecked: false, checked: true }))).toBe(true);
    expect(editedBeforeReady(input('checkbox', { defaultChecked: true, checked: false }))).toBe(false);
    expect(editedBeforeReady(input('checkbox', { defaultChecked: true, checked: true }))).toBeUndefined();
  });

  it('a radio group: only the button the person chose speaks, with its value', () => {
    expect(editedBeforeReady(input('radio', { value: 'female', defaultChecked: false, checked: true }))).toBe('female');
    expect(editedBeforeReady(input('radio', { value: 'male', defaultChecked: true, checked: false }))).toBeUndefined();
    expect(editedBeforeReady(input('radio', { value: 'male', defaultChecked: true, checked: true }))).toBeUndefined();
  });

  it('a select: a choice other than the saved one, or than the first option when none was saved', () => {
    expect(editedBeforeReady(select(null, 0))).toBeUndefined();
    expect(editedBeforeReady(select(null, 2))).toBe('mong');
    expect(editedBeforeReady(select(1, 1))).toBeUndefined();
    expect(editedBeforeReady(select(1, 0))).toBe('');
  });

  it('a hidden field (an answer the person cannot change here) is never taken', () => {
    expect(editedBeforeReady(input('hidden', { defaultValue: '001093054321', value: 'x' }))).toBeUndefined();
  });

  it('the saved answer goes into the HTML as text, none as empty', () => {
    expect(domDefault(undefined)).toBe('');
    expect(domDefault(null)).toBe('');
    expect(domDefault('2026-01-02')).toBe('2026-01-02');
  });
});

describe('the fields typed on this page before the draft on the device was read', () => {
  it('are those whose value is not the server’s, an empty answer being one value', () => {
    const server = { givenName: 'Đạt', middleName: '', married: false, sex: undefined };
    expect(changedFrom({ givenName: 'Đạt', middleName: '', married: false, sex: '' }, server)).toEqual({});
    expect(changedFrom({ givenName: 'Đạt', middleName: undefined, married: null, sex: '' }, server)).toEqual({});
    expect(changedFrom({ givenName: 'Đạt Khoa', middleName: '', married: true, sex: 'female' }, server)).toEqual({ givenName: 'Đạt Khoa', married: true, sex: 'female' });
  });
});
