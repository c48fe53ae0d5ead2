/** See widgets.mjs. */
export declare const WIDGETS: readonly { tag: string; module: string; preload?: readonly string[] }[];
