/**
 * Every style the overlay needs as one string, built into the content script: the design
 * tokens, the same tokens as forced light/dark classes, and the overlay's own rules. Inlined
 * in the shadow root, so no stylesheet has to be web accessible.
 */
import overlayCss from '@/components/overlay/overlay.css?inline';
import tokensCss from '@/components/design/tokens.css?inline';
import { forcedThemeCss } from '@/lib/overlay/theme-css';

export const OVERLAY_CSS = `${tokensCss}\n${forcedThemeCss(tokensCss)}\n${overlayCss}`;
