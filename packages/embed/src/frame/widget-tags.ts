import { WIDGETS } from '../../widgets.mjs';

/** Every tag a frame page may show: the embed's widgets, nothing else. */
export const WIDGET_TAGS: readonly string[] = WIDGETS.map(({ tag }) => tag);
