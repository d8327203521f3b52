// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { sampleRegistry } from '../../../lib/registry/sample';
import { fakeRegistryApi, noSites } from './fake-registry-api';
import { click, renderInto } from './render-into';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('Undo on the options page', () => {
  it("names the change as it was written: only the sentence's first letter turns lower-case", async () => {
    const api = fakeRegistryApi({
      registry: sampleRegistry(),
      revision: 2,
      undoLabel: "Edit of 'CSAT'",
    });
    const { container } = await renderInto(<OptionsApp api={api} sites={noSites} />);
    await settle();
    const undo = container.querySelector<HTMLButtonElement>('[role=toolbar] button[title^=Undo]')!;
    expect(undo.title).toBe("Undo edit of 'CSAT'");

    await click(undo);
    await settle();
    expect(api.undo).toHaveBeenCalledOnce();
    expect(container.querySelector('[data-testid=status]')?.textContent).toContain(
      "Undone: edit of 'CSAT'.",
    );
  });
});
