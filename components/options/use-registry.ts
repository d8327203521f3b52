import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RegistryApi } from '../../lib/messaging/registry-api';
import type { BackupSummary, RegistryState } from '../../lib/store/registry-store';

/** The registry state and backups, kept fresh when any context changes the registry. */
export function useRegistry(api: RegistryApi) {
  const [state, setState] = useState<RegistryState | null>(null);
  const [backups, setBackups] = useState<BackupSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [s, b] = await Promise.all([api.getState(), api.listBackups()]);
    if (s.ok) {
      setState(s.value);
      setLoadError(null);
    } else setLoadError(s.error);
    if (b.ok) setBackups(b.value);
  }, [api]);

  useEffect(() => {
    void refresh();
    return api.onChanged(() => void refresh());
  }, [api, refresh]);

  return { state, backups, loadError, refresh };
}
