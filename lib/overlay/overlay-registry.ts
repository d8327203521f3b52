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

export interface RegistryView {
  metrics: readonly Metric[];
  objectives: readonly Objective[];
}

export interface MetricLook {
  face: BadgeFace;
  label: string;
  /** The underline's colour follows the badge's look. */
  look: RoleLook;
}

export class OverlayRegistry {
  private readonly byId: Map<string, Metric>;
  private readonly looks = new Map<string, MetricLook>();
  private findings: HealthFinding[] | null = null;

  constructor(
    private readonly registry: RegistryView,
    private readonly now: Date,
  ) {
    this.byId = new Map(registry.metrics.map((m) => [m.id, m]));
  }

  lookOf(metricId: string): MetricLook | undefined {
    const known = this.looks.get(metricId);
    if (known !== undefined) return known;
    const metric = this.byId.get(metricId);
    if (metric === undefined) return undefined;
    const parent = metric.supports ? this.byId.get(metric.supports) : undefined;
    const face = badgeFace(metric, parent, this.now);
    const look = { face, label: badgeAccessibleName(metric, parent), look: face.look };
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
    return cardFacts(metric, this.registry, this.findings, this.now);
  }
}
