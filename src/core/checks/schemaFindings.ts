// ajv errors → path findings. One finding per problem: ajv's allErrors output repeats a failed
// oneOf/anyOf once per branch, which reads as noise, so branches collapse into one message.
import type { ErrorObject } from 'ajv';
import type { PathFinding } from './finding.js';

const ONE_OF_EXPECTED: Readonly<Record<string, string>> = {
  version: 'an integer or a semver string such as "1.2.0"',
  source: 'a string or a list of strings',
  answer: 'a number, yes/no, an option label, text or n/a, or {value, note}',
};

export function schemaFindings(errors: readonly ErrorObject[], data: unknown): PathFinding[] {
  const isAlternatives = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const oneOfPaths = errors.filter(isAlternatives).map((e) => e.schemaPath);
  // A branch reached through $ref reports its own schema path, so also match by the instance.
  const oneOfInstances = new Set(errors.filter(isAlternatives).map((e) => e.instancePath));
  const out: PathFinding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // Errors from inside a failed oneOf are replaced by the oneOf's own message, except where the
    // value is an object that clearly meant the object branch: then its specific errors are better.
    const inOneOf = oneOfPaths.some((p) => e.schemaPath.startsWith(p + '/')) || (!isAlternatives(e) && oneOfInstances.has(e.instancePath));
    const path = pointerToPath(e.instancePath);
    const value = valueAt(data, path);
    const isObject = typeof value === 'object' && value !== null;
    if (inOneOf && (!isObject || e.keyword === 'type')) continue;
    if (isAlternatives(e) && isObject && errors.some((o) => o !== e && !isAlternatives(o) && (o.instancePath.startsWith(e.instancePath + '/') || (o.keyword !== 'type' && o.schemaPath.startsWith(e.schemaPath + '/'))))) continue;
    const f = toFinding(e, path);
    const key = `${f.path.join('/')}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function toFinding(e: ErrorObject, path: (string | number)[]): PathFinding {
  const where = describePath(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return { path: [...path, key], atKey: true, severity: 'error', rule: 'schema-unknown-key', message: `unknown key ${JSON.stringify(key)} in ${where}` };
    }
    case 'required':
      return { path, severity: 'error', rule: 'schema-required', message: `${where} is missing required key ${JSON.stringify(p.missingProperty)}` };
    case 'type':
      // An answer's value (inside {value, note}) lists its types; say what they mean instead.
      if (path[0] === 'answers' && path.length === 3 && path[2] === 'value') {
        return { path, severity: 'error', rule: 'schema-type', message: `${where} must be a number, yes/no, an option label, text or n/a` };
      }
      return { path, severity: 'error', rule: 'schema-type', message: `${where} must be ${article(String(p.type))}` };
    case 'enum':
      return {
        path,
        severity: 'error',
        rule: 'schema-enum',
        message: `${where} must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'anyOf':
    case 'oneOf': {
      const kind = path[0] === 'answers' ? 'answer' : String(path[path.length - 1]);
      return { path, severity: 'error', rule: 'schema-type', message: `${where} must be ${ONE_OF_EXPECTED[kind] ?? 'one of the allowed forms'}` };
    }
    case 'minItems':
      return { path, severity: 'error', rule: 'schema-min-items', message: `${where} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'minLength':
      return { path, severity: 'error', rule: 'schema-empty', message: `${where} must not be empty` };
    case 'maxLength':
      return { path, severity: 'error', rule: 'schema-too-long', message: `${where} is longer than ${String(p.limit)} characters` };
    case 'propertyNames':
      return { path, severity: 'error', rule: 'schema-key-format', message: `${where} has a key that is not an integer scale point` };
    case 'pattern':
      return { path, severity: 'error', rule: 'schema-format', message: `${where} ${patternHint(path)}` };
    default:
      return { path, severity: 'error', rule: `schema-${e.keyword.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`, message: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function patternHint(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === 'date') return 'must be an ISO date (YYYY-MM-DD)';
  if (last === 'version') return 'must be an integer or a semver string such as "1.2.0"';
  return 'has the wrong format';
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return `"${path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[')}"`;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = Object.hasOwn(v, seg) ? (v as Record<string, unknown>)[seg as string] : undefined;
  }
  return v;
}
