import { useEffect, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { Settings } from '../../lib/settings/settings';
import type { Status } from './StatusNotice';

/** Display settings, applied to this page's theme too. */
export function useSettings(api: RegistryApi, setStatus: (s: Status | null) => void) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const load = () => void api.getSettings().then((r) => r.ok && setSettings(r.value));
    load();
    return api.onChanged(load);
  }, [api]);
  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  async function saveSettings(next: Settings) {
    setSettings(next);
    const r = await api.saveSettings(next);
    setStatus(
      r.ok
        ? { kind: 'success', text: 'Display settings saved.' }
        : { kind: 'error', text: r.error },
    );
  }
  return { settings, saveSettings };
}
