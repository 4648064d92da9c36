/*
 * `npm run demo:totp`: the current second-factor code of the demo office accounts (they share the
 * secret documented in the README), for demos without an authenticator app. A code is accepted
 * once per account: wait for the next one (every 30 s) to sign in again.
 */
import { DEMO_TOTP_SECRET } from '@/db/seed/personas';
import { codeAt } from '@/lib/auth/totp';

const now = new Date();
const left = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`${codeAt(DEMO_TOTP_SECRET, now)}  (valid for ${left} s more; the next one: ${codeAt(DEMO_TOTP_SECRET, new Date(now.getTime() + 30_000))})`);
