import { randomBytes } from 'node:crypto';

/** Six random hex digits: a file name part that says nothing about who or when. */
export function randomSuffix(): string {
  return randomBytes(3).toString('hex');
}
