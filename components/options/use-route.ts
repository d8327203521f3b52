import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, routeHash, type OptionsRoute } from './route';

/**
 * The route in the URL hash, followed both ways (links in, navigation out). `mayLeave` is
 * asked before any move to another route, the page's own or the browser's Back, Forward or a
 * link changing the hash: when it says no, the page stays (and so does the address).
 */
export function useRoute(
  mayLeave: (to: OptionsRoute) => boolean = () => true,
): [OptionsRoute, (r: OptionsRoute) => void] {
  const [route, setRoute] = useState<OptionsRoute>(() => parseRoute(location.hash));
  const current = useRef(route);
  current.current = route;
  const ask = useRef(mayLeave);
  ask.current = mayLeave;
  useEffect(() => {
    const onHash = () => {
      const to = parseRoute(location.hash);
      if (routeHash(to) === routeHash(current.current)) return;
      if (ask.current(to)) setRoute(to);
      else history.pushState(null, '', routeHash(current.current) || location.pathname);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = (r: OptionsRoute) => {
    const hash = routeHash(r);
    if (hash !== routeHash(route) && !ask.current(r)) return;
    history.pushState(null, '', hash || location.pathname);
    setRoute(r);
  };
  return [route, navigate];
}
