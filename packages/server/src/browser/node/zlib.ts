// `node:zlib` for the browser build: gzip through the Web platform's CompressionStream.

/** Node's callback `gzip`, the one function the catalogue cache uses. */
export function gzip(text: string, callback: (error: Error | null, result: Uint8Array) => void): void {
  new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip')))
    .arrayBuffer()
    .then((buffer) => callback(null, new Uint8Array(buffer)))
    .catch((error: unknown) => callback(error as Error, new Uint8Array()));
}
