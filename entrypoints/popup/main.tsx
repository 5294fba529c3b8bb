import { render } from 'preact';

render(<p>Leak Lens</p>, document.getElementById('app')!);
