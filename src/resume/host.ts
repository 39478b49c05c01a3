// What `uploadPartInfo.domain` may be: a host and an optional port that
// `https://{domain}/…` reaches as written, with no user info, path, query,
// fragment or whitespace to send the parts somewhere else.

const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * Labels of letters, digits and inner hyphens, up to 63 characters each.
 * The last one starts with a letter: a URL parser reads a name that ends in
 * a number as an IPv4 address (`1.2.3` is 1.2.0.3, `0x7f.1` is 127.0.0.1).
 */
const hostName = new RegExp(`^(?:${label}\\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`);
const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Four decimal octets, none with a leading zero (a URL parser reads `010` as octal 8). */
const ipv4 = new RegExp(`^${octet}(?:\\.${octet}){3}$`);
/** The longest name DNS holds, in characters. */
const MAX_NAME = 253;

/**
 * Whether `domain` is `host` or `host:port`: a host name or a dotted IPv4
 * address, and a port from 1 to 65535 without leading zeros. An IPv6
 * literal (`[::1]`) is refused: storage hands out host names.
 */
export function isHost(domain: string): boolean {
  const match = /^([^:]*)(?::([1-9]\d{0,4}))?$/.exec(domain);
  if (match === null) return false;
  // The host's group always takes part, if only as ''.
  const host = match[1]!;
  const port = match[2];
  // Without a port, Number(undefined) is NaN: no number to bound.
  if (Number(port) > 65_535) return false;
  return host.length <= MAX_NAME && (hostName.test(host) || ipv4.test(host));
}
