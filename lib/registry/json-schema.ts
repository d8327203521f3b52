/** The file format as JSON Schema, generated from the zod schema so the two never drift. */
import { z } from 'zod';
import { registryFileSchema } from './schema';

export const JSON_SCHEMA_ID = 'https://kpi-lens.app/schema/registry-v1.schema.json';

export function registryJsonSchemaText(): string {
  const schema = z.toJSONSchema(registryFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ $id: JSON_SCHEMA_ID, ...schema }, null, 2)}\n`;
}
