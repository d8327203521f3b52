/** Registry reads and writes: import, sample, editor changes, undo and backups. */
import type { ImportOutcome } from '../../messaging/protocol';
import { applyCheckedChange } from '../../registry/check-change';
import type { ChangeSet } from '../../registry/change-set';
import {
  applyImport,
  planImport,
  summariseImport,
  type ImportChoices,
  type ImportMode,
} from '../../registry/import-plan';
import { sampleRegistry } from '../../registry/sample';
import type { Registry } from '../../registry/schema';
import { ok, type Result } from '../../result';
import type { HandlerGroup } from './deps';

type RegistryRequests =
  | 'registry.get'
  | 'registry.import'
  | 'registry.loadSample'
  | 'registry.undo'
  | 'registry.change'
  | 'metric.save'
  | 'metric.delete'
  | 'backups.list'
  | 'backups.restore';

const none: ChangeSet = {
  upsertMetrics: [],
  deleteMetricIds: [],
  upsertObjectives: [],
  deleteObjectiveIds: [],
};

export const registryHandlers: HandlerGroup<RegistryRequests> = ({ store, onChanged }) => {
  /** Runs a write and tells every context about it when it succeeded. */
  const written = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
    const r = await result;
    if (r.ok) onChanged();
    return r;
  };
  const importRegistry = (
    incoming: Registry,
    mode: ImportMode,
    choices: ImportChoices,
    reason: string,
  ) =>
    written(
      store.write<ImportOutcome>(reason, (current) => {
        const plan = planImport(current, { registry: incoming, invalid: [], warnings: [] }, mode);
        const next = applyImport(current, plan, choices);
        return ok({
          next,
          outcome: { summary: summariseImport(plan, choices), metricCount: next.metrics.length },
        });
      }),
    );
  /** Every editor write takes this one path: checked, backed up, undoable. */
  const change = (reason: string, set: ChangeSet) =>
    written(
      store.write(reason, (current) => {
        const next = applyCheckedChange(current, set, new Date());
        return next.ok
          ? ok({
              next: next.value,
              outcome: { before: current.metrics.length, after: next.value.metrics.length },
            })
          : next;
      }),
    );

  return {
    'registry.get': async () => ok(await store.read()),
    'registry.import': ({ registry, mode, choices, source }) =>
      importRegistry(registry, mode, choices, `Import of ${source} (${mode})`),
    'registry.loadSample': () =>
      importRegistry(sampleRegistry(new Date()), 'merge', {}, 'Loading the sample registry'),
    'registry.undo': async () => {
      const r = await written(store.undo());
      return r.ok ? ok({ undone: r.value }) : r;
    },
    'registry.change': async ({ reason, ...set }) => {
      const r = await change(reason, set);
      return r.ok ? ok({ revision: (await store.read()).revision }) : r;
    },
    'metric.save': async ({ metric }) => {
      const r = await change(`Edit of '${metric.name}'`, { ...none, upsertMetrics: [metric] });
      return r.ok ? ok({ id: metric.id }) : r;
    },
    'metric.delete': async ({ ids }) => {
      const r = await change(
        ids.length === 1 ? 'Deletion of 1 metric' : `Deletion of ${ids.length} metrics`,
        { ...none, deleteMetricIds: ids },
      );
      return r.ok ? ok({ deleted: r.value.before - r.value.after }) : r;
    },
    'backups.list': async () => ok(await store.listBackups()),
    'backups.restore': async ({ id }) => {
      const r = await written(store.restore(id));
      return r.ok ? ok({ restored: r.value }) : r;
    },
  };
};
