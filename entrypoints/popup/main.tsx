import { render } from 'preact';

function Popup() {
  return <p>KPI Lens</p>;
}
render(<Popup />, document.getElementById('app')!);
