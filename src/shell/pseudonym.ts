// Pseudonymous ids (--anonymise --key-file): HMAC-SHA-256 under a secret the organisation keeps,
// so the same person gets the same id in every round and re-import, and no one can be named from it.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ioFailure, UserError } from './userError.js';

/** Hex digits of the HMAC kept: 64 bits, enough that two people never share an id in practice. */
const ID_DIGITS = 16;

export function pseudonymFrom(keyFile: string, cwd: string): (identity: string) => string {
  let key: Buffer;
  try {
    key = readFileSync(resolve(cwd, keyFile));
  } catch (e) {
    throw ioFailure(`cannot read the --key-file ${keyFile}`, e);
  }
  // A key saved by an editor ends with a newline that is not part of the secret.
  const secret = key.subarray(0, key.length - (/\r?\n$/.exec(key.toString('latin1'))?.[0].length ?? 0));
  if (secret.length === 0) throw new UserError(`--key-file ${keyFile} is empty; put a long random secret in it (for example: openssl rand -hex 32 > ${keyFile})`);
  return (identity) => createHmac('sha256', secret).update(identity).digest('hex').slice(0, ID_DIGITS);
}
