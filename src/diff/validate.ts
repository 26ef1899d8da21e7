// Checks a user's JSON file (config, baseline) against its schema in schema/ and turns the first
// problem into one line a person can act on. Ajv is loaded only here, and only when such a file is
// given: it costs ~100 ms of start-up that a plain diff run should not pay.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { InputError } from '../model.js';

export type UserSchema = 'config' | 'baseline';

// schema/ sits two levels above both src/diff/ and dist/diff/
const requireSchema = createRequire(import.meta.url);

export function loadSchema(name: UserSchema | 'diff'): object {
  return requireSchema(`../../schema/${name}.schema.json`) as object;
}

/** Parses JSON text; a syntax error becomes an InputError naming the file. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`is not valid JSON (${(error as Error).message})`, file);
  }
}

/** Throws an InputError naming `file` and the first problem when `data` does not match the schema. */
export async function assertMatchesSchema(name: UserSchema, data: unknown, file: string): Promise<void> {
  const { Ajv } = await import('ajv');
  const validate = new Ajv({ allErrors: false, strict: true }).compile(loadSchema(name));
  if (validate(data)) return;
  const first = validate.errors?.[0];
  throw new InputError(first ? describeSchemaError(first) : 'does not match its schema', file);
}

export function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'top level' : pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key "${String(params.additionalProperty)}"`;
    case 'required':
      return `${where}: missing "${String(params.missingProperty)}"`;
    case 'enum':
      return `${where}: must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${where}: must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return `${where}: ${error.message ?? 'is invalid'}`;
  }
}

/** '/severity/number-mismatch' → 'severity.number-mismatch'; '/findings/3/id' → 'findings[3].id'. */
function pointerToPath(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token, index) => (/^\d+$/.test(token) ? `[${token}]` : index === 0 ? token : `.${token}`))
    .join('');
}
