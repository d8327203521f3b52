export { hasCanvasCharts } from './canvas-charts';
export { OVERLAY_TAG } from './element-kinds';
export { HitIndex } from './hit-index';
export { startPageScanner, type PageScanner, type PageScannerOptions } from './page-scanner';
export { scanSubtree } from './scan-subtree';
export { findShadowRoots, type ShadowRootOpener } from './shadow-roots';
export { TextWalk } from './text-walk';
export type { TextHit } from './types';
