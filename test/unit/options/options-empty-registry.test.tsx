// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { HealthPanel } from '../../../components/options/health/HealthPanel';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { Registry } from '../../../lib/registry/schema';
import { EMPTY_REGISTRY, fakeRegistryApi, noSites } from './fake-registry-api';
import { button, click, renderInto } from './render-into';

// Lets the fake API's answers land inside act, so no Preact update is left pending after a test.
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));
const clickAndSettle = async (target: Element) => {
  await click(target);
  await settle();
};
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function optionsPage(registry: Registry) {
  const api = fakeRegistryApi({ registry, revision: 0, undoLabel: undefined });
  const page = await renderInto(<OptionsApp api={api} sites={noSites} />);
  await settle();
  return page.container;
}

const tabs = (c: Element) => [...c.querySelectorAll('[role=tab]')].map(text);
const tab = (c: Element, name: string) =>
  [...c.querySelectorAll<HTMLButtonElement>('[role=tab]')].find((t) => text(t)?.startsWith(name))!;

describe('the options page with an empty registry', () => {
  beforeEach(() => history.replaceState(null, '', '/options.html'));

  it('opens on the welcome card, with every tab beside it and no health score', async () => {
    const c = await optionsPage(EMPTY_REGISTRY);
    expect(text(c.querySelector('#welcome-title'))).toBe('Your registry is empty');
    // Health alone: no score beside it (a 100 would praise a registry with nothing in it).
    expect(tabs(c)).toEqual([
      'Metrics',
      'Objectives',
      'Hierarchy',
      'Health',
      'Sites & display',
      'Backups',
    ]);
  });

  it('creates a first metric by hand from the welcome card: the new-metric form opens', async () => {
    const c = await optionsPage(EMPTY_REGISTRY);
    await clickAndSettle(button(c, 'Create your first metric'));
    expect(location.hash).toBe('#metric=new');
    expect(text(c.querySelector('#metric-form-title'))).toBe('New metric');
    expect(c.querySelector('#welcome-title')).toBeNull();
  });

  it('reaches Sites and Backups', async () => {
    const c = await optionsPage(EMPTY_REGISTRY);
    await clickAndSettle(tab(c, 'Sites & display'));
    expect(text(c.querySelector('#own-sites-title'))).toBe('Your own sites');
    await clickAndSettle(tab(c, 'Backups'));
    expect(text(c.querySelector('#backups-title'))).toBe('Backups');
    expect(c.querySelector('#welcome-title')).toBeNull();
  });

  it('with objectives but no metric yet, the Metrics tab says so instead of an empty table', async () => {
    const c = await optionsPage({
      ...EMPTY_REGISTRY,
      objectives: [{ id: 'grow', name: 'Grow paid conversions' }],
    });
    expect(c.querySelector('table')).toBeNull();
    expect(text(c.querySelector('[data-testid=no-metrics]'))).toMatch(/^No metrics yet\./);
    expect(c.textContent).not.toContain('No metric matches');
  });
});

describe('the health review of a registry without metrics', () => {
  it('says there is nothing to review yet instead of scoring it', async () => {
    const registry = { ...EMPTY_REGISTRY, objectives: [{ id: 'grow', name: 'Grow' }] };
    const { container } = await renderInto(
      <HealthPanel
        registry={registry}
        today={new Date(2026, 10, 23)}
        busy={false}
        onApply={() => undefined}
        onOpenMetric={() => undefined}
      />,
    );
    expect(text(container.querySelector('[data-testid=health-nothing]'))).toMatch(
      /^Nothing to review yet: add metrics/,
    );
    expect(container.textContent).not.toMatch(/\/100|follows the doctrine/);
  });
});
