/*
 * `npm run keys:rotate [-- --purpose documents|vneid-sim]`: makes a new signing key with a new kid
 * and makes it active in KEYS_DIR (default .data/keys). The old key's public part stays published,
 * so what it signed still verifies; its private file is deleted. The first run on an empty folder
 * makes the first key: how a production installation gets its document key (decision 0010).
 * A running server picks the new key up at its next signature; no restart is needed.
 */
import { parseArgs } from 'node:util';
import { env } from '@/lib/env';
import { rotateKey } from '@/lib/signing/file-key-store';
import { KEY_PURPOSES, type KeyPurpose } from '@/lib/signing/key-store';
import { keysDirOf } from '@/lib/signing/keys';

const { values } = parseArgs({ options: { purpose: { type: 'string', default: 'documents' } } });
if (!(KEY_PURPOSES as readonly string[]).includes(values.purpose)) {
  console.error(`Unknown purpose ${values.purpose}: one of ${KEY_PURPOSES.join(', ')}`);
  process.exit(2);
}
const purpose = values.purpose as KeyPurpose;
const dir = keysDirOf(env.signing.keysDir, purpose);
const kid = await rotateKey(dir, purpose);
console.log(`New active ${purpose} key ${kid} in ${dir}`);
