// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadingLedger } from '../../../entrypoints/analytics.content/reading-ledger';
import { SETTLE_MS, watchValues } from '../../../entrypoints/analytics.content/watch-values';
import type { ValuesView } from '../../../lib/overlay/overlay-registry';
import type { PageReading } from '../../../lib/overlay/page-reading';
import { labelElementOf, readPageValues } from '../../../lib/overlay/read-page-values';
import type { TextHit } from '../../../lib/scan';

const pct = (value: number): PageReading => ({
  value,
  unit: '%',
  kind: 'percent',
  text: `${value}%`,
});

/** Puts a page's markup in the body (parsed, so no script runs). */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

/** Hits for every occurrence of `name` in the document's text nodes. */
function hitsOf(metricId: string, name: string): TextHit[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const hits: TextHit[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(name);
    if (at >= 0)
      hits.push({
        metricId,
        startNode: n,
        startOffset: at,
        endNode: n,
        endOffset: at + name.length,
      });
  }
  return hits;
}

describe('readPageValues: the value beside each metric on the page', () => {
  it('reads the first label whose value parses, and skips suppressed metrics', () => {
    setBody(`
      <p>CSAT is our north star</p>
      <div class="tile"><div class="tile-title">CSAT</div><div class="tile-value">87%</div></div>
      <div class="tile"><div class="tile-title">Trial <b>conversion</b></div><div class="tile-value">21.4%</div></div>`);
    const title = document.querySelectorAll('.tile-title')[1]!;
    const split: TextHit = {
      metricId: 'trial',
      startNode: title.firstChild as Text,
      startOffset: 0,
      endNode: title.querySelector('b')!.firstChild as Text,
      endOffset: 10,
    };
    expect(labelElementOf(split)).toBe(title);
    const hits = [...hitsOf('csat', 'CSAT'), split];
    expect(readPageValues(document, hits)).toEqual(
      new Map([
        ['csat', { value: 87, unit: '%', kind: 'percent', text: '87%' }],
        ['trial', { value: 21.4, unit: '%', kind: 'percent', text: '21.4%' }],
      ]),
    );
    expect([...readPageValues(document, hits, (id) => id === 'csat').keys()]).toEqual(['trial']);
  });

  it('reads nothing where the page shows no value', () => {
    setBody(
      `<div class="tile"><div class="tile-title">CSAT</div><div class="tile-value">—</div></div>`,
    );
    expect(readPageValues(document, hitsOf('csat', 'CSAT')).size).toBe(0);
  });
});

describe('ReadingLedger: a reading goes to the history once in a page’s life', () => {
  it('sends new values only', () => {
    const ledger = new ReadingLedger();
    const first = ledger.fresh(
      new Map([
        ['csat', pct(87)],
        ['nps', { value: 41, kind: 'count', text: '41' }],
      ]),
    );
    expect(first).toEqual([
      { metricId: 'csat', value: 87, unit: '%' },
      { metricId: 'nps', value: 41 },
    ]);
    ledger.markSent(first);
    expect(ledger.fresh(new Map([['csat', pct(87)]]))).toEqual([]);
    expect(ledger.fresh(new Map([['csat', pct(88)]]))).toEqual([
      { metricId: 'csat', value: 88, unit: '%' },
    ]);
  });
});

describe('watchValues: read once the hits settle, record, fetch the history once', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(recordsHistory = true) {
    const readings = new Map([['csat', pct(87)]]);
    const record = vi.fn(async () => true);
    const history = vi.fn(async (ids: string[]) =>
      Object.fromEntries(
        ids.map((id) => [id, [{ at: '2026-12-22T12:00:00.000Z', value: 85, unit: '%' }]]),
      ),
    );
    const seen: ValuesView[] = [];
    const controller = new AbortController();
    const watch = watchValues({
      win: window,
      signal: controller.signal,
      read: () => readings,
      recordsHistory: () => recordsHistory,
      record,
      history,
      now: () => new Date('2026-12-29T12:00:00.000Z'),
      onValues: (v) => seen.push(v),
    });
    return { readings, record, history, seen, watch, controller };
  }

  it('waits for the hits to settle, records with the page’s time, and never twice', async () => {
    const { readings, record, history, seen, watch } = setup();
    for (let i = 0; i < 10; i++) {
      watch.setHits([]);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(record).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledWith('2026-12-29T12:00:00.000Z', [
      { metricId: 'csat', value: 87, unit: '%' },
    ]);
    expect(history).toHaveBeenCalledWith(['csat']);
    expect(seen.at(-1)?.history.get('csat')).toHaveLength(1);

    watch.setHits([]);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(record).toHaveBeenCalledTimes(1);
    expect(history).toHaveBeenCalledTimes(1);

    readings.set('csat', pct(88));
    watch.setHits([]);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(record).toHaveBeenCalledTimes(2);
    expect(history).toHaveBeenCalledTimes(2);
  });

  it('records nothing where history is off, but still shows the values', async () => {
    const { record, seen, watch } = setup(false);
    watch.setHits([]);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(record).not.toHaveBeenCalled();
    expect(seen[0]?.readings.get('csat')?.value).toBe(87);
  });

  it('stops with the page', async () => {
    const { record, watch, controller } = setup();
    watch.setHits([]);
    controller.abort();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(record).not.toHaveBeenCalled();
  });
});
