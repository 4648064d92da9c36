import { memoryKeyStore } from './memory-key-store';
import { setKeyStore } from './keys';

/*
 * Vitest setup (vitest.config.ts): every test file signs with in-memory keys of its own, so no
 * test reads or leaves key files. Tests of the key files use a temporary folder of their own.
 */
setKeyStore('documents', memoryKeyStore('documents'));
setKeyStore('vneid-sim', memoryKeyStore('vneid-sim'));
