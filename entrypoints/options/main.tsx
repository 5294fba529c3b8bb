import { render } from 'preact';
import { Options } from './Options';
import '../../assets/ui/theme.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<Options />, root);
