import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryJsonSchemaText } from '../../../lib/registry/json-schema';

describe('the published JSON Schema', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing the format)', () => {
    expect(readFileSync('public/registry-v1.schema.json', 'utf8')).toBe(registryJsonSchemaText());
  });

  it('describes the documented fields', () => {
    const schema = JSON.parse(registryJsonSchemaText());
    const metric = schema.properties.metrics.items;
    expect(metric.required).toEqual(['id', 'name']);
    expect(Object.keys(metric.properties)).toEqual(
      expect.arrayContaining([
        'aliases',
        'role',
        'northStar',
        'objectiveId',
        'supports',
        'target',
        'owner',
        'cadence',
        'vanity',
        'sites',
        'updatedAt',
      ]),
    );
  });
});
