import { buildPages } from '../../lib/pages.mjs';

export default () => buildPages();
