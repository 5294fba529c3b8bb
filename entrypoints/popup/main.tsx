import { render } from 'preact';
import { Popup } from './Popup';
import '../../assets/ui/theme.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
