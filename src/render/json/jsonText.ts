// JSON as every --format json writes it: two-space indented, one trailing newline, and DEL, C1
// controls and bidirectional overrides written as \u escapes (JSON.stringify leaves them raw, and
// a terminal or an editor would act on them).
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
