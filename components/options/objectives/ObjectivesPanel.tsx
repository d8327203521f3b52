import { useState } from 'preact/hooks';
import type { ChangeSet } from '../../../lib/registry/change-set';
import type { Objective, Registry } from '../../../lib/registry/schema';
import { RoleChip } from '../../design/RoleChip';
import { roleLook } from '../../design/roles';
import { ObjectiveForm } from './ObjectiveForm';

interface Props {
  registry: Registry;
  busy: boolean;
  onApply: (reason: string, change: ChangeSet) => void;
  onOpenMetric: (metricId: string) => void;
}

const none: ChangeSet = {
  upsertMetrics: [],
  deleteMetricIds: [],
  upsertObjectives: [],
  deleteObjectiveIds: [],
};

/** Objectives with the KPIs that serve them: create, edit, retire. */
export function ObjectivesPanel({ registry, busy, onApply, onOpenMetric }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  const save = (o: Objective, isNew: boolean) => {
    onApply(isNew ? `New objective '${o.name}'` : `Edit of objective '${o.name}'`, {
      ...none,
      upsertObjectives: [o],
    });
    setEditing(null);
  };
  const retire = (o: Objective) => {
    // Its metrics stay; they just no longer name it (a KPI with no objective shows in the health review).
    const served = registry.metrics
      .filter((m) => m.objectiveId === o.id)
      .map((m) => ({ ...m, objectiveId: undefined }));
    onApply(`Retirement of objective '${o.name}'`, {
      ...none,
      upsertMetrics: served,
      deleteObjectiveIds: [o.id],
    });
    setRetiring(null);
  };

  return (
    <section class="kl-stack" aria-labelledby="objectives-title">
      <div class="kl-row" style={{ justifyContent: 'space-between' }}>
        <h2 id="objectives-title">Objectives</h2>
        <button type="button" class="kl-button kl-button--primary" onClick={() => setEditing('')}>
          New objective
        </button>
      </div>
      {editing === '' && (
        <ObjectiveForm
          objective={null}
          objectives={registry.objectives}
          busy={busy}
          onSave={(o) => save(o, true)}
          onCancel={() => setEditing(null)}
        />
      )}
      {registry.objectives.length === 0 && editing === null && (
        <p class="kl-muted">
          No objectives yet. An objective is what the team is trying to achieve this period; each
          KPI serves one.
        </p>
      )}
      {registry.objectives.map((o) => {
        const served = registry.metrics.filter((m) => m.objectiveId === o.id);
        if (editing === o.id) {
          return (
            <ObjectiveForm
              key={o.id}
              objective={o}
              objectives={registry.objectives}
              busy={busy}
              onSave={(x) => save(x, false)}
              onCancel={() => setEditing(null)}
            />
          );
        }
        return (
          <article key={o.id} class="kl-card kl-stack" aria-label={o.name} data-objective-id={o.id}>
            <div class="kl-row" style={{ justifyContent: 'space-between' }}>
              <div>
                <h3>{o.name}</h3>
                <p class="kl-muted">
                  {[o.period, o.owner && `owner ${o.owner}`, o.perspective]
                    .filter(Boolean)
                    .join(' · ') || 'No period or owner yet'}
                </p>
              </div>
              <div class="kl-row">
                <button type="button" class="kl-button" onClick={() => setEditing(o.id)}>
                  Edit
                </button>
                <button
                  type="button"
                  class="kl-button kl-button--danger"
                  onClick={() => setRetiring(o.id)}
                >
                  Retire
                </button>
              </div>
            </div>
            <div class="kl-row" aria-label={`Metrics serving ${o.name}`}>
              {served.length === 0 && (
                <span class="kl-muted">No KPI serves this objective yet.</span>
              )}
              {served.map((m) => (
                <button key={m.id} type="button" class="kl-link" onClick={() => onOpenMetric(m.id)}>
                  <RoleChip look={roleLook(m)} text={m.name} />
                </button>
              ))}
            </div>
            {retiring === o.id && (
              <div class="kl-notice" role="alertdialog" aria-label={`Retire ${o.name}?`}>
                <span style={{ flex: 1 }}>
                  Retire “{o.name}”?{' '}
                  {served.length > 0
                    ? `${served.map((m) => m.name).join(', ')} will no longer name an objective.`
                    : 'No metric serves it.'}{' '}
                  You can undo this.
                </span>
                <button
                  type="button"
                  class="kl-button kl-button--danger"
                  disabled={busy}
                  onClick={() => retire(o)}
                >
                  Retire objective
                </button>
                <button type="button" class="kl-button" onClick={() => setRetiring(null)}>
                  Keep it
                </button>
              </div>
            )}
          </article>
        );
      })}
    </section>
  );
}
