/**
 * Underlines drawn as thin boxes in the overlay, for browsers without the CSS Custom
 * Highlight API: under the label's box, cut to where it can be seen.
 */
import type { RoleLook } from '../../components/design/roles';
import type { UnderlineView } from '../../components/overlay/view-types';
import type { TextHit } from '../scan';
import { underlineColour } from './highlight-marks';
import type { MeasuredLabel } from './measure-labels';

export function drawnUnderlines(
  labels: readonly MeasuredLabel[],
  shown: readonly { hit: TextHit; look: RoleLook }[],
  keys: readonly string[],
  dark: boolean,
): UnderlineView[] {
  return labels.map((label, i) => {
    const x = Math.max(label.box.x, label.clip.x);
    const end = Math.min(label.box.x + label.box.width, label.clip.x + label.clip.width);
    return {
      key: keys[label.index] ?? String(label.index),
      x,
      y: label.box.y + label.box.height,
      width: Math.max(0, end - x),
      colour: underlineColour(shown[i]!.look, dark),
    };
  });
}
