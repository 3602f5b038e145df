// Inputs generated from a method's schema alone (its JSON Schema, as zod publishes it): the shape
// is right, the contents are random or hostile. Ids are drawn from the fixture's real ids half the time.
import fc from 'fast-check';
import { z } from 'zod';
import { hostileText } from './hostile';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
}

const SAFE_MAX = 2 ** 53 - 1;

export function schemaArbitrary(schema: z.ZodType, ids: number[]): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fromJson(json, ids, 0);
}

function fromJson(s: JsonSchema, ids: number[], depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => fromJson(a, ids, depth + 1)));
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => fromJson({ ...s, type: t }, ids, depth + 1)));
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -SAFE_MAX);
      const max = s.maximum ?? SAFE_MAX;
      const inRange = fc.integer({ min: Math.max(min, -SAFE_MAX), max: Math.min(max, SAFE_MAX) });
      const isId = min === 1 && max === SAFE_MAX && ids.length > 0;
      return isId ? fc.oneof(fc.constantFrom(...ids), inRange) : fc.oneof(inRange, fc.constantFrom(min, max));
    }
    case 'number':
      return fc.oneof(fc.double({ min: s.minimum ?? -1e12, max: s.maximum ?? 1e12, noNaN: true }), fc.constantFrom(0, 0.1, 1, 2.5, 6.5));
    case 'string': {
      if (s.pattern) return fc.oneof(fc.stringMatching(new RegExp(s.pattern)), hostileText);
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2999-12-31') }).map((d) => d.toISOString());
      const len = { minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) };
      return fc.oneof(
        fc.string({ ...len, unit: 'grapheme' }),
        fc.constantFrom('DE', 'CN', 'US', 'EUR', 'USD', 'CNY', '2026-11-21', '8517.62', '851762', 'PB-10K', 'seller@example.com'),
        hostileText,
      );
    }
    case 'array': {
      const items = s.items ? fromJson(s.items, ids, depth + 1) : fc.anything();
      return fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, depth > 2 ? 1 : 4) });
    }
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const record = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromJson(v, ids, depth + 1)])),
        { requiredKeys: Object.keys(props).filter((k) => required.has(k)) },
      );
      if (s.propertyNames || (typeof s.additionalProperties === 'object')) {
        const key = s.propertyNames ? fromJson(s.propertyNames, ids, depth + 1).map(String) : fc.string({ maxLength: 8 });
        const value = typeof s.additionalProperties === 'object' ? fromJson(s.additionalProperties, ids, depth + 1) : fc.anything();
        return fc.tuple(record, fc.dictionary(key, value, { maxKeys: 4 })).map(([a, b]) => ({ ...b, ...a }));
      }
      return record;
    }
    default:
      // `unrepresentable: 'any'` (a transform, a custom check): anything at all.
      return fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 }));
  }
}
