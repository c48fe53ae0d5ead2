/** Version of the contract these schemas describe. Cache entries are keyed by it. */
export const CONTRACT_VERSION = '1.0.0';
/** Major API version, the `/v1` in every path. */
export const API_VERSION = '1';
