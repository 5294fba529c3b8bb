import { defineBackground } from 'wxt/utils/define-background';
import { wireBackground } from '../../lib/content/background-wiring';

// Listeners are registered synchronously at start, as MV3 service workers require.
export default defineBackground(() => {
  wireBackground();
});
