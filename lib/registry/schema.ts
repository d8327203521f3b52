/**
 * The registry file, format version 1 (`../shared/registry-format.md`), and the records the
 * app keeps. Parsing normalises: `null` and blank text mean "absent", unknown fields are
 * dropped, `role` defaults to `metric` and `aliases`/`sites` to empty lists.
 */
import { z } from 'zod';

export const REGISTRY_FORMAT = 'kpi-lens.registry';
export const REGISTRY_VERSION = 1;

export const ROLES = ['kpi', 'supporting', 'diagnostic', 'metric'] as const;
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export const INDICATORS = ['leading', 'lagging'] as const;
export const PERSPECTIVES = ['financial', 'customer', 'internal', 'learning'] as const;
export const TARGET_OPS = ['>=', '<=', '='] as const;

export type Role = (typeof ROLES)[number];
export type Cadence = (typeof CADENCES)[number];
export type Indicator = (typeof INDICATORS)[number];
export type Perspective = (typeof PERSPECTIVES)[number];
export type TargetOp = (typeof TARGET_OPS)[number];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A deadline or period: an ISO date, or a year, half, quarter or month such as `2026-Q3`. */
const DATE_OR_PERIOD =
  /^\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2])|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/i;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Optional free text: null, absent or blank all mean "not set". */
const optionalText = z
  .string({ error: 'must be text' })
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? undefined : v.trim()))
  .optional();

/** What a missing value is told; the CSV reading turns it into "is empty: write …". */
export const IS_REQUIRED = 'is required';

/** The message for a value of the wrong type, or "is required" where there is none. */
const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? IS_REQUIRED : expected;

const requiredText = z
  .string({ error: typeError('must be text') })
  .trim()
  .min(1, { error: 'must not be empty' });

function optionalMatching(pattern: RegExp, error: string) {
  return optionalText.refine((v) => v === undefined || pattern.test(v), { error }).optional();
}

function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(values, { error: `must be one of ${values.join(', ')}` })
    .nullish()
    .transform((v) => v ?? undefined)
    .optional();
}

const textList = z
  .array(z.string({ error: 'must be a list of text' }), { error: 'must be a list of text' })
  .nullish()
  .transform((list) => [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))]);

const finiteNumber = z.number({ error: typeError('must be a number') }).refine(Number.isFinite, {
  error: 'must be a finite number',
});

export const targetSchema = z.object({
  op: z.enum(TARGET_OPS, { error: typeError('must be one of >=, <=, =') }),
  value: finiteNumber,
  unit: optionalText,
  from: finiteNumber
    .nullish()
    .transform((v) => v ?? undefined)
    .optional(),
  by: optionalMatching(
    DATE_OR_PERIOD,
    'must be a date such as 2026-09-30 or a period such as 2026-Q3',
  ),
});

const recordError = { error: typeError('must be an object with an id and a name') };

export const objectiveSchema = z.object(
  {
    id: requiredText,
    name: requiredText,
    period: optionalText,
    owner: optionalText,
    perspective: optionalEnum(PERSPECTIVES),
  },
  recordError,
);

export const metricSchema = z.object(
  {
    id: requiredText,
    name: requiredText,
    aliases: textList,
    role: z
      .enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` })
      .nullish()
      .transform((v) => v ?? 'metric'),
    northStar: z
      .boolean({ error: 'must be true or false' })
      .nullish()
      .transform((v) => v ?? undefined)
      .optional(),
    definition: optionalText,
    objectiveId: optionalText,
    supports: optionalText,
    target: targetSchema
      .nullish()
      .transform((v) => v ?? undefined)
      .optional(),
    owner: optionalText,
    team: optionalText,
    cadence: optionalEnum(CADENCES),
    lastReviewed: optionalMatching(ISO_DATE, 'must be a date such as 2026-11-17'),
    indicator: optionalEnum(INDICATORS),
    vanity: z
      .boolean({ error: 'must be true, false or absent' })
      .nullish()
      .transform((v) => v ?? undefined)
      .optional(),
    sites: textList,
    notes: optionalText,
    updatedAt: optionalMatching(ISO_DATETIME, 'must be a time such as 2026-11-20T08:12:00.000Z'),
  },
  recordError,
);

export type Target = z.output<typeof targetSchema>;
export type Objective = z.output<typeof objectiveSchema>;
export type Metric = z.output<typeof metricSchema>;
/** What a metric record may be written as, in a file or a message. */
export type MetricInput = z.input<typeof metricSchema>;

/** The registry the extension keeps: what a file carries, minus the envelope. */
export interface Registry {
  name?: string | undefined;
  objectives: Objective[];
  metrics: Metric[];
}

/** The file envelope; records are validated one by one so that one bad record loses no other. */
export const registryFileEnvelopeSchema = z.object({
  format: z.literal(REGISTRY_FORMAT).optional(),
  version: z.number().int().positive().optional(),
  exportedAt: z.string().optional(),
  name: optionalText,
  objectives: z.array(z.unknown(), { error: 'must be a list' }).nullish(),
  metrics: z.array(z.unknown(), { error: 'must be a list' }).nullish(),
});

/** A whole registry as the background accepts it in a message (already normalised). */
export const registrySchema = z.object({
  name: optionalText,
  objectives: z.array(objectiveSchema),
  metrics: z.array(metricSchema),
});

/**
 * The whole file as one schema, for publishing as JSON Schema (`npm run schema`). Import does
 * not use it: it reads records one by one so that one bad record costs no other.
 */
export const registryFileSchema = z
  .object({
    format: z.literal(REGISTRY_FORMAT),
    version: z.literal(REGISTRY_VERSION),
    exportedAt: z.string().meta({ description: 'ISO 8601 time of the export' }),
    name: z.string().optional(),
    objectives: z.array(objectiveSchema),
    metrics: z.array(metricSchema),
  })
  .meta({
    title: 'KPI Lens registry file, format version 1',
    description:
      'Metrics, KPIs and objectives that teammates share. Unknown fields are ignored on import.',
  });
