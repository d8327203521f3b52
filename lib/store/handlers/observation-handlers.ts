/** The value history: readings from content scripts, and what the pages show of it. */
import { err, ok } from '../../result';
import { recordsHistoryOn } from '../../settings/settings';
import type { HandlerGroup } from './deps';
import { senderPage } from './sender-page';

type ObservationRequests =
  'observations.record' | 'observations.history' | 'observations.clear' | 'observations.exportCsv';

export const observationHandlers: HandlerGroup<ObservationRequests> = ({
  settings,
  observations,
}) => ({
  'observations.record': async ({ at, readings }, sender) => {
    const page = senderPage(sender.url);
    if (!page) return err('Values are recorded only from web pages.');
    if (!recordsHistoryOn(await settings.read(), page.site)) return ok({ recorded: 0 });
    for (const r of readings) await observations.record({ ...r, unit: r.unit, ...page, at });
    return ok({ recorded: readings.length });
  },
  'observations.history': async ({ metricIds }) => {
    const entries = await Promise.all(
      metricIds.map(
        async (id) =>
          [
            id,
            (await observations.forMetric(id)).map(({ at, value, unit }) => ({ at, value, unit })),
          ] as const,
      ),
    );
    return ok(Object.fromEntries(entries));
  },
  'observations.clear': async ({ site }) => {
    if (site) return ok({ cleared: await observations.clearSite(site) });
    const before = await observations.count();
    await observations.clear();
    return ok({ cleared: before });
  },
  'observations.exportCsv': async () => ok({ csv: await observations.exportCsv() }),
});
