import ipaddr from 'ipaddr.js';

/**
 * Which network addresses the bot may fetch from. A link pasted in a chat must never make the
 * bot reach its own machine, the local network or a cloud metadata service, so only globally
 * routed unicast addresses pass. IPv4 written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4
 * address it is; IPv6 forms that carry an IPv4 address inside (NAT64, 6to4, Teredo) are refused.
 */
export type AddressPolicy = (ip: string) => string | null;

const NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  linkLocal: 'a link-local address (cloud metadata services live there)',
  uniqueLocal: 'a private-network (unique local) address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address, where some cloud metadata services live',
  unspecified: 'the unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  rfc6052: 'an IPv6 address with an IPv4 address inside (NAT64)',
  rfc6145: 'an IPv6 address with an IPv4 address inside',
  '6to4': 'an IPv6 address with an IPv4 address inside (6to4)',
  teredo: 'an IPv6 address with an IPv4 address inside (Teredo)',
};

/** Refuses every address but public unicast ones; returns why, or null when the address may be fetched. */
export const publicAddressesOnly: AddressPolicy = (ip) => {
  if (!ipaddr.isValid(ip)) return `"${ip}" is not an IP address`;
  let address = ipaddr.parse(ip);
  let shown = ip;
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
    shown = `${ip} (${address.toString()})`;
  }
  const range = address.range();
  if (range === 'unicast') return null;
  return `${shown} is ${NAMES[range] ?? `in the ${range} range`}`;
};

/** For tests and a bot run on one's own machine (`--allow-private`): every address may be fetched. */
export const anyAddress: AddressPolicy = () => null;
