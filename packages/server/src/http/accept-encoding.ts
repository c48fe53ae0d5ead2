/** True when the `Accept-Encoding` header accepts gzip (listed, or `*`, without `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0{0,3})?\s*$/.test(param));
    if (coding.trim() === 'gzip') return !refused;
    if (coding.trim() === '*') wildcard = !refused;
  }
  return wildcard;
}
