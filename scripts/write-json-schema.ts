// Writes public/registry-v1.schema.json from the zod schema (a unit test checks it is current).
import { writeFileSync } from 'node:fs';
import { registryJsonSchemaText } from '../lib/registry/json-schema';

writeFileSync('public/registry-v1.schema.json', registryJsonSchemaText());
console.log('Wrote public/registry-v1.schema.json');
