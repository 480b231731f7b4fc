import { render } from 'preact';
import { Compare } from './Compare.tsx';

render(<Compare />, document.getElementById('app')!);
