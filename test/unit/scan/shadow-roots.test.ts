// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findShadowRoots } from '../../../lib/scan';

const SVG = 'http://www.w3.org/2000/svg';

/** A chart: an `<svg>` of groups, labels and a custom-named element, as charting libraries draw. */
function chart(withForeignObject: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (let i = 0; i < 3; i++) {
    const group = svg.appendChild(document.createElementNS(SVG, 'g'));
    group.appendChild(document.createElementNS(SVG, 'text')).textContent = `Sessions ${i}`;
    group.appendChild(document.createElementNS(SVG, 'x-marker'));
  }
  if (withForeignObject) {
    const foreign = svg.appendChild(document.createElementNS(SVG, 'foreignObject'));
    const host = foreign.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).append('Bounce rate');
  }
  return svg;
}

function openShadowHost(): HTMLDivElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append('Users');
  return host;
}

describe('findShadowRoots', () => {
  it('looks inside an svg only through a foreignObject, and carries on after the chart', () => {
    const before = openShadowHost();
    const plain = chart(false);
    const withHtml = chart(true);
    const after = openShadowHost();
    const nested = document.createElement('section');
    nested.append(chart(false), openShadowHost());
    document.body.replaceChildren(before, plain, withHtml, after, nested);
    const asked: string[] = [];
    const roots = findShadowRoots(document, (element) => {
      asked.push(element.localName);
      return null;
    });
    const hostOf = (root: ShadowRoot): Element => root.host;
    expect(roots.map(hostOf)).toEqual([
      before,
      withHtml.querySelector('foreignObject > div'),
      after,
      nested.lastElementChild,
    ]);
    // The custom-named chart elements are asked for a closed root only in the chart that
    // holds HTML (its foreignObject means the chart cannot be skipped whole).
    expect(asked).toEqual(['x-marker', 'x-marker', 'x-marker']);
  });

  it('finds a shadow root in a shadow root', () => {
    const outer = openShadowHost();
    const inner = openShadowHost();
    outer.shadowRoot!.append(chart(false), inner);
    document.body.replaceChildren(outer);
    expect(findShadowRoots(document).map((root) => root.host)).toEqual([outer, inner]);
  });
});
