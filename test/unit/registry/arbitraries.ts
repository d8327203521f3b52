/** fast-check generators of registries as the app keeps them (already normalised). */
import fc from 'fast-check';
import {
  CADENCES,
  INDICATORS,
  PERSPECTIVES,
  ROLES,
  TARGET_OPS,
  type Metric,
  type Objective,
  type Registry,
} from '../../../lib/registry/schema';

/** Trimmed, non-blank text; `|` is the CSV list separator, so list items avoid it. */
const text = fc
  .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const listItem = text.filter((s) => !s.includes('|'));
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .filter((n) => !Object.is(n, -0)),
);
const isoDate = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2030-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const day = isoDate.map((d) => d.toISOString().slice(0, 10));
const period = fc
  .tuple(
    fc.integer({ min: 2020, max: 2030 }),
    fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', '03', '12'),
  )
  .map(([y, p]) => `${y}-${p}`);

const target = fc.record(
  {
    op: fc.constantFrom(...TARGET_OPS),
    value: number,
    unit: text,
    from: number,
    by: fc.oneof(day, period),
  },
  { requiredKeys: ['op', 'value'] },
);

const unique = <T>(items: T[], key: (t: T) => string) => {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
};

export const objectivesArb: fc.Arbitrary<Objective[]> = fc
  .array(
    fc.record(
      {
        id: text,
        name: text,
        period: fc.oneof(period, day),
        owner: text,
        perspective: fc.constantFrom(...PERSPECTIVES),
      },
      { requiredKeys: ['id', 'name'] },
    ),
    { maxLength: 4 },
  )
  // Objectives travel by name in CSV: names must tell them apart (case-insensitively), as must ids.
  .map((os) =>
    unique(
      unique(os, (o) => o.id),
      (o) => o.name.toLowerCase(),
    ),
  );

function metricArb(objectiveIds: string[]): fc.Arbitrary<Omit<Metric, 'supports'>> {
  return fc.record(
    {
      id: text,
      name: text,
      aliases: fc.uniqueArray(listItem, { maxLength: 3 }),
      role: fc.constantFrom(...ROLES),
      northStar: fc.boolean(),
      definition: text,
      objectiveId: objectiveIds.length ? fc.constantFrom(...objectiveIds) : fc.constant(undefined),
      target,
      owner: text,
      team: text,
      cadence: fc.constantFrom(...CADENCES),
      lastReviewed: day,
      indicator: fc.constantFrom(...INDICATORS),
      vanity: fc.boolean(),
      sites: fc.uniqueArray(listItem, { maxLength: 2 }),
      notes: text,
      updatedAt: isoDate.map((d) => d.toISOString()),
    },
    { requiredKeys: ['id', 'name', 'aliases', 'role', 'sites'] },
  ) as fc.Arbitrary<Omit<Metric, 'supports'>>;
}

/** A registry whose references all resolve and whose `supports` links form no loop. */
export const registryArb: fc.Arbitrary<Registry> = objectivesArb.chain((objectives) =>
  fc
    .tuple(
      fc.array(metricArb(objectives.map((o) => o.id)), { maxLength: 8 }),
      fc.array(fc.nat(), { maxLength: 8 }),
      fc.option(text, { nil: undefined }),
    )
    .map(([metrics, parentPicks, name]) => {
      const distinct = unique(metrics, (m) => m.id).map((m) =>
        m.objectiveId === undefined ? (({ objectiveId: _o, ...rest }) => rest)(m) : m,
      );
      // A metric may support only one listed before it: no loops by construction.
      const withParents: Metric[] = distinct.map((m, i) => {
        const pick = parentPicks[i];
        return pick !== undefined && i > 0 && pick % 2 === 0
          ? { ...m, supports: distinct[pick % i]!.id }
          : m;
      });
      return { name, objectives, metrics: withParents };
    }),
);
