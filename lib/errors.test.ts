import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import vi from '@/lib/i18n/messages/vi.json';
import { errorResponse } from './error-response';
import { ACTION_ERROR_CODES, actionErrorMessage, AppError, ERROR_CODES, ERROR_TABLE, toActionError } from './errors';

const text = (catalogue: object, id: string) => id.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), catalogue);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('the error table', () => {
  it('has a status and a message in Vietnamese and English for every error code and every action error', () => {
    for (const code of [...ERROR_CODES, ...ACTION_ERROR_CODES]) {
      const entry = ERROR_TABLE[code];
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(typeof text(vi, entry.message), `${code} vi ${entry.message}`).toBe('string');
      expect(typeof text(en, entry.message), `${code} en ${entry.message}`).toBe('string');
      expect(ACTION_ERROR_CODES, code).toContain(entry.action);
    }
  });

  it('has a message in both languages for every reason a use case gives', () => {
    const reasons = ERROR_TABLE.conflict.reasons;
    for (const [reason, id] of Object.entries(reasons)) {
      expect(typeof text(vi, id), `${reason} vi ${id}`).toBe('string');
      expect(typeof text(en, id), `${reason} en ${id}`).toBe('string');
    }
    // Every `reason: '…'` written in lib/ next to an AppError, and the population database's refusals (register-application.ts).
    const given = new Set(['personNotFound', 'personDeceased', 'personalIdExhausted', 'personalIdNotIssued', 'personExists']);
    for (const file of sources(path.resolve('lib'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/new AppError\('conflict'[^;]*?reason: '(\w+)'/g)) given.add(m[1]!);
    }
    expect(given.size).toBeGreaterThan(10);
    expect([...given].filter((r) => !(r in reasons))).toEqual([]);
  });
});

describe('errors as users see them', () => {
  it('tells a duplicate child, a locked record and an incomplete dossier apart from a changed status', () => {
    const said = (details?: Record<string, unknown>) => actionErrorMessage(toActionError(new AppError('conflict', 'x', details)));
    expect(said({ reason: 'childAlreadyRegistered' })).toBe('errors.reasons.childAlreadyRegistered');
    expect(said({ reason: 'alreadyRegistered' })).toBe('errors.alreadyRegistered');
    expect(said({ reason: 'incomplete' })).toBe('errors.reasons.incomplete');
    expect(said({ reason: 'consentPending' })).toBe('consent.pending');
    expect(said({ reason: 'noFeeDue' })).toBe('errors.reasons.noFeeDue');
    // A conflict without a reason is not a change of status either; a refused transition is.
    expect(said()).toBe('errors.notPossible');
    expect(actionErrorMessage(toActionError(new AppError('illegalTransition')))).toBe('errors.conflict');
    expect(toActionError(new AppError('conflict', 'x', { reason: 'incomplete' })).error).toBe('conflict');
  });

  it('says an invalid input is invalid, not "not found", keeping its field errors', () => {
    const failure = toActionError(new AppError('invalidInput', 'x', { fieldErrors: { startsAt: 'validation.choose', reason: ['validation.required'] } }));
    expect(failure).toEqual({ ok: false, error: 'invalidInput', fieldErrors: { startsAt: ['validation.choose'], reason: ['validation.required'], _: ['errors.invalidInput'] } });
    expect(actionErrorMessage(failure)).toBe('errors.invalidInput');
    // As refused by a guard (the input did not parse): the same message.
    expect(actionErrorMessage({ error: 'invalidInput', fieldErrors: { applicationId: ['Invalid UUID'] } })).toBe('errors.invalidInput');
    expect(actionErrorMessage({ error: 'forbidden' })).toBe('errors.forbidden');
  });

  it('rethrows what is not an AppError: a bug is not a user error', () => {
    const bug = new TypeError('boom');
    expect(() => toActionError(bug)).toThrow(bug);
    expect(() => errorResponse(bug, 'vi')).toThrow(bug);
  });

  it('answers route handlers with the status and the message in the request language', async () => {
    const conflict = errorResponse(new AppError('conflict', 'x', { reason: 'notEditable' }), 'en');
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: 'conflict', reason: 'notEditable', message: en.errors.reasons.notEditable });
    const notFound = errorResponse(new AppError('notFound'), 'vi');
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: 'notFound', message: vi.errors.notFound });
    expect(errorResponse(new AppError('invalidInput'), 'vi').status).toBe(400);
  });
});
