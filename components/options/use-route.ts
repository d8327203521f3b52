import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, routeHash, type OptionsRoute } from './route';

/**
 * The route in the URL hash, followed both ways (links in, navigation out). `mayLeave` is
 * asked before the browser's Back or Forward (or a link) changes the hash: when it says no,
 * the address goes back to the current route and the page stays.
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
    history.pushState(null, '', hash || location.pathname);
    setRoute(r);
  };
  return [route, navigate];
}
