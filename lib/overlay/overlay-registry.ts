/**
 * The registry as the overlay needs it: each metric's badge face and spoken name, worked out
 * once per snapshot and only for metrics that show (a registry of thousands costs nothing
 * until its names appear), the health findings on the first card opened, card facts on demand.
 */
import type { RoleLook } from '../../components/design/roles';
import { reviewRegistry, type HealthFinding } from '../registry/doctrine';
import type { Metric, Objective } from '../registry/schema';
import { badgeAccessibleName } from './accessible-name';
import { badgeFace, type BadgeFace } from './badge-face';
import { cardFacts, type CardFacts } from './card-facts';
import type { HistoryPoint, PageReading } from './page-reading';
import { isoDay, progressFacts, type ProgressFacts } from './progress-facts';

export interface RegistryView {
  metrics: readonly Metric[];
  objectives: readonly Objective[];
}

/** The values this page shows now, and their stored history, by metric id. */
export interface ValuesView {
  readings: ReadonlyMap<string, PageReading>;
  history: ReadonlyMap<string, readonly HistoryPoint[]>;
}

const NO_VALUES: ValuesView = { readings: new Map(), history: new Map() };

export interface MetricLook {
  face: BadgeFace;
  label: string;
  /** The underline's colour follows the badge's look. */
  look: RoleLook;
}

export class OverlayRegistry {
  private readonly byId: Map<string, Metric>;
  private readonly looks = new Map<string, MetricLook>();
  private readonly progress = new Map<string, ProgressFacts | undefined>();
  private findings: HealthFinding[] | null = null;

  constructor(
    private readonly registry: RegistryView,
    private readonly now: Date,
    private readonly values: ValuesView = NO_VALUES,
  ) {
    this.byId = new Map(registry.metrics.map((m) => [m.id, m]));
  }

  /** The same registry with other values: looks are worked out again, the review is kept. */
  withValues(values: ValuesView, now: Date): OverlayRegistry {
    const next = new OverlayRegistry(this.registry, now, values);
    next.findings = this.findings;
    return next;
  }

  private progressOf(metric: Metric): ProgressFacts | undefined {
    if (this.progress.has(metric.id)) return this.progress.get(metric.id);
    const reading = this.values.readings.get(metric.id);
    const facts = reading
      ? progressFacts(metric, reading, this.values.history.get(metric.id) ?? [], isoDay(this.now))
      : undefined;
    this.progress.set(metric.id, facts);
    return facts;
  }

  lookOf(metricId: string): MetricLook | undefined {
    const known = this.looks.get(metricId);
    if (known !== undefined) return known;
    const metric = this.byId.get(metricId);
    if (metric === undefined) return undefined;
    const parent = metric.supports ? this.byId.get(metric.supports) : undefined;
    const progress = this.progressOf(metric);
    const face = badgeFace(metric, parent, this.now, progress);
    const look = { face, label: badgeAccessibleName(metric, parent, progress), look: face.look };
    this.looks.set(metricId, look);
    return look;
  }

  cardFor(metricId: string): CardFacts | null {
    const metric = this.byId.get(metricId);
    if (metric === undefined) return null;
    // The whole review runs once, when the first card opens: badges do not need it.
    this.findings ??= reviewRegistry(
      { objectives: [...this.registry.objectives], metrics: [...this.registry.metrics] },
      this.now,
    ).findings;
    return cardFacts(metric, this.registry, this.findings, this.now, this.progressOf(metric));
  }
}
