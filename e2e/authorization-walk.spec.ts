import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, newPerson, signInAsCitizen, signInToOffice, test } from './fixtures';

/*
 * Every route and every server action of the build, walked by every kind of foreign actor against
 * a citizen's application. The lists come from the build's own manifests, so a new page, route
 * handler or action is covered without editing this file. What may be public is listed below,
 * with why.
 */

const NEXT = path.join(process.cwd(), '.next');
const routes = Object.values(JSON.parse(readFileSync(path.join(NEXT, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>);
const actions = Object.entries(
  (JSON.parse(readFileSync(path.join(NEXT, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> }).node,
);

/** Public by design: anyone may open these (they show no one's data but what a token proves). */
const PUBLIC = [
  /^\/$/, /^\/help(\/\[procedure\])?$/, /^\/registries$/, /^\/sign-in(\/organisation)?$/, /^\/office\/sign-in$/, /^\/outbox$/, /^\/verify\/\[token\]$/,
  /^\/payments\/invalid$/, /^\/_not-found$/, /^\/api\/health$/, /^\/api\/registries\/offline$/, /^\/\.well-known\/jwks\.json$/, /^\/api\/status-list$/,
  /^\/api\/payments\/return$/, /^\/api\/auth\//, /^\/vneid-sim\//, /^\/pay-sim/,
];
/** Sign-in, sign-out, the language and the simulators' own forms: open to anyone, and acting only on the caller. */
const PUBLIC_ACTIONS = ['app/actions/session.ts', 'app/actions/preferences.ts', 'app/vneid-sim/authorize/actions.ts', 'app/vneid-sim/app/actions.ts'];

// Huy's draft death registration: no other journey looks at his list of applications.
const VICTIM = { name: 'Đỗ Quang Huy', personalId: '079098001234' };
type Actor = { label: string; citizen?: string; office?: string };
const ACTORS: Actor[] = [
  { label: 'an anonymous visitor' },
  { label: 'another citizen', citizen: 'Lê Thị Hoa' },
  { label: 'an officer of another registry', office: 'officer.sapa' },
  { label: 'a signer of another registry', office: 'leader.sapa' },
  { label: 'the provincial supervisor', office: 'supervisor.hanoi' },
  { label: 'the ministry database manager', office: 'dbadmin.moj' },
  // Helps citizens file at the desk (issue 12): only the drafts they started, never this one.
  { label: 'a community helper', office: 'helper.hoankiem' },
];

const fill = (route: string, id: string) => route.replace('[id]', id).replace('[step]', 'applicant').replace('[procedure]', 'birthRegistration').replace('[token]', 'x');

async function actorRequest(browser: Browser, baseURL: string, actor: Actor): Promise<APIRequestContext> {
  const page = await newPerson(browser, baseURL, 'vi');
  if (actor.citizen) await signInAsCitizen(page, actor.citizen);
  if (actor.office) {
    await signInToOffice(page, actor.office);
    await expect(page).toHaveURL(/\/office(\/assist)?$/);
  }
  return page.context().request;
}

test.describe.serial('every route and server action against every foreign actor', () => {
  test.describe.configure({ timeout: 240_000 });
  let applicationId = '';
  let before = '';
  const victimPage = async (browser: Browser, baseURL: string) => {
    const page = await newPerson(browser, baseURL, 'vi');
    await signInAsCitizen(page, VICTIM.name, `/applications/${applicationId}`);
    return page.locator('main').innerText();
  };

  test.beforeAll(async ({ browser, baseURL }) => {
    const victim = await newPerson(browser, baseURL!, 'vi');
    await signInAsCitizen(victim, VICTIM.name, '/apply/deathRegistration');
    await victim.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect(victim).toHaveURL(/\/applications\/[0-9a-f-]{36}\/applicant$/);
    applicationId = new URL(victim.url()).pathname.split('/')[2]!;
    await victim.goto(`/applications/${applicationId}`);
    before = await victim.locator('main').innerText();
    expect(before).toContain('Đang khai');
  });

  test('the walk covers what the build contains', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => r.includes('[id]')).length).toBeGreaterThan(8);
    expect(actions.filter(([, a]) => !PUBLIC_ACTIONS.includes(a.filename)).length).toBeGreaterThan(10);
  });

  for (const actor of ACTORS) {
    test(`${actor.label}: every page and route of someone else's application is not found, forbidden or sign-in; every action leaves it unchanged`, async ({ browser, baseURL }) => {
      const request = await actorRequest(browser, baseURL!, actor);
      const leaks: string[] = [];
      const opened: string[] = [];
      // An action called with arguments of the wrong shape refuses them; it does not fail as a server error.
      const crashed: string[] = [];
      const checkLeak = (where: string, body: string) => {
        if (body.includes(VICTIM.personalId) || body.includes(VICTIM.name) || body.includes(applicationId)) leaks.push(where);
      };

      for (const route of routes) {
        const url = fill(route, applicationId);
        const isPublic = PUBLIC.some((p) => p.test(route));
        const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
        const status = response.status();
        const body = await response.text();
        if (route.includes('[id]')) {
          const location = response.headers()['location'] ?? '';
          const refused = [401, 403, 404, 405].includes(status) || (status >= 300 && status < 400 && /\/sign-in/.test(location));
          if (!refused) opened.push(`${url} → ${status} ${location}`);
          checkLeak(url, body.replace(new RegExp(applicationId, 'g'), '')); // its id may be echoed in a sign-in link
        } else if (isPublic || !actor.office) {
          // Staff may see people's data on their own pages (the manager's outbox): not on public ones.
          checkLeak(url, body);
        }
      }
      // uploads into someone else's application
      const upload = await request.post(`/api/applications/${applicationId}/attachments?kind=proofs`, {
        multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') } },
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      expect([401, 403, 404]).toContain(upload.status());
      // "who is this number?" for someone else's application
      const lookup = await request.post('/api/population/lookup', { data: { applicationId, step: 'applicant', field: 'personalId', personalId: VICTIM.personalId }, failOnStatusCode: false });
      expect([401, 403, 404]).toContain(lookup.status());
      checkLeak('/api/population/lookup', await lookup.text());

      for (const [id, action] of actions) {
        if (PUBLIC_ACTIONS.includes(action.filename)) continue;
        const page = routes.find((r) => Object.keys(action.workers).some((w) => w.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '') === r)) ?? '/';
        const fields = { applicationId, id: applicationId, consentId: applicationId, documentId: applicationId, decision: 'accept', answer: 'confirm', confirm: 'on', reason: 'x', procedure: 'birthRegistration', registryCode: '00070' };
        const shapes: { root: string; formData: boolean }[] = [
          { root: '["$K1"]', formData: true },
          { root: '["$undefined","$K1"]', formData: true },
          { root: JSON.stringify([{ applicationId, step: 'applicant', values: {} }]), formData: false },
          { root: JSON.stringify([applicationId]), formData: false },
        ];
        for (const shape of shapes) {
          const multipart: Record<string, string> = { '0': shape.root };
          if (shape.formData) for (const [k, v] of Object.entries(fields)) multipart[`1_${k}`] = v;
          const response = await request.post(fill(page, applicationId), {
            headers: { 'Next-Action': id, Origin: baseURL!, Accept: 'text/x-component' },
            multipart,
            failOnStatusCode: false,
            maxRedirects: 0,
          });
          if (response.status() >= 500) crashed.push(`${action.filename}#${action.exportedName} ${shape.root.slice(0, 24)}: ${response.status()}`);
          // The page's path, with the id, is echoed in the answer's router state: only the person's data counts.
          checkLeak(`${action.filename}#${action.exportedName}`, (await response.text()).replaceAll(applicationId, ''));
        }
      }

      expect(opened, `routes of another person's application opened for ${actor.label}`).toEqual([]);
      expect(leaks, `pages and actions that showed another person's data to ${actor.label}`).toEqual([]);
      expect(crashed, `actions that failed as a server error for ${actor.label}`).toEqual([]);
      expect(await victimPage(browser, baseURL!)).toBe(before);
    });
  }
});
