import { useEffect, useState } from 'preact/hooks';
import { parseRoute, routeHash, type OptionsRoute } from './route';

/** The route in the URL hash, followed both ways (links in, navigation out). */
export function useRoute(): [OptionsRoute, (r: OptionsRoute) => void] {
  const [route, setRoute] = useState<OptionsRoute>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = (r: OptionsRoute) => {
    const hash = routeHash(r);
    history.pushState(null, '', hash || location.pathname);
    setRoute(r);
  };
  return [route, navigate];
}
