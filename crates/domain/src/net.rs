//! Which network addresses an outbound fetch may reach. A feed address is
//! typed by an administrator, but the server it names (or a server it
//! redirects to) could point the platform at its own machine or at the
//! private network behind it: loopback, RFC 1918 ranges, cloud metadata on
//! link-local addresses. Every address a fetch would connect to is sorted
//! here first, and only public ones are allowed unless the source is marked
//! as allowed to reach private addresses.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The kind of an IP address, as far as outbound fetches care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressClass {
    /// Reachable on the public internet.
    Public,
    /// `127.0.0.0/8`, `::1`: this machine.
    Loopback,
    /// RFC 1918 (`10/8`, `172.16/12`, `192.168/16`), IPv6 unique local
    /// (`fc00::/7`) and the deprecated site-local `fec0::/10`.
    Private,
    /// `169.254/16` (where cloud metadata services answer), `fe80::/10`.
    LinkLocal,
    /// Carrier-grade NAT, `100.64/10`.
    SharedNat,
    /// `192.0.2/24`, `198.51.100/24`, `203.0.113/24`, `2001:db8::/32`.
    Documentation,
    /// `0.0.0.0/8`, `::`.
    Unspecified,
    /// `224/4`, `ff00::/8`.
    Multicast,
    /// `255.255.255.255`.
    Broadcast,
    /// Other ranges that are not on the public internet: `240/4`,
    /// `192.0.0/24`, benchmarking `198.18/15`, discard `100::/64`.
    Reserved,
}

impl AddressClass {
    /// A short name for logs and the feed's status detail.
    pub const fn as_str(self) -> &'static str {
        match self {
            AddressClass::Public => "public",
            AddressClass::Loopback => "loopback",
            AddressClass::Private => "private",
            AddressClass::LinkLocal => "link-local",
            AddressClass::SharedNat => "shared NAT",
            AddressClass::Documentation => "documentation",
            AddressClass::Unspecified => "unspecified",
            AddressClass::Multicast => "multicast",
            AddressClass::Broadcast => "broadcast",
            AddressClass::Reserved => "reserved",
        }
    }

    /// Whether a fetch may connect to an address of this class. Allowing
    /// private addresses opens the internal ranges, never the ones no web
    /// server can listen on (unspecified, multicast, broadcast).
    pub const fn is_allowed(self, allow_private: bool) -> bool {
        match self {
            AddressClass::Public => true,
            AddressClass::Unspecified | AddressClass::Multicast | AddressClass::Broadcast => false,
            _ => allow_private,
        }
    }
}

/// Sorts an address into its [`AddressClass`]. IPv6 addresses that embed an
/// IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
/// `2002::/16`) take the class of the IPv4 address, so that an internal
/// address cannot be reached by writing it in IPv6 form.
pub fn classify(ip: IpAddr) -> AddressClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> AddressClass {
    let [a, b, c, _] = ip.octets();
    match (a, b, c) {
        (0, _, _) => AddressClass::Unspecified,
        (127, _, _) => AddressClass::Loopback,
        (10, _, _) | (192, 168, _) => AddressClass::Private,
        (172, 16..=31, _) => AddressClass::Private,
        (169, 254, _) => AddressClass::LinkLocal,
        (100, 64..=127, _) => AddressClass::SharedNat,
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => AddressClass::Documentation,
        (192, 0, 0) | (198, 18..=19, _) => AddressClass::Reserved,
        (224..=239, _, _) => AddressClass::Multicast,
        (255, 255, 255) if ip == Ipv4Addr::BROADCAST => AddressClass::Broadcast,
        (240..=255, _, _) => AddressClass::Reserved,
        _ => AddressClass::Public,
    }
}

fn classify_v6(ip: Ipv6Addr) -> AddressClass {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return classify_v4(v4);
    }
    let segments = ip.segments();
    let octets = ip.octets();
    let embedded =
        |at: usize| Ipv4Addr::new(octets[at], octets[at + 1], octets[at + 2], octets[at + 3]);
    if ip.is_unspecified() {
        AddressClass::Unspecified
    } else if ip.is_loopback() {
        AddressClass::Loopback
    } else if segments[0..6] == [0, 0, 0, 0, 0, 0] {
        // The deprecated IPv4-compatible form `::a.b.c.d`.
        AddressClass::Reserved
    } else if segments[0..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        classify_v4(embedded(12))
    } else if segments[0] == 0x2002 {
        classify_v4(embedded(2))
    } else if segments[0] & 0xfe00 == 0xfc00 || segments[0] & 0xffc0 == 0xfec0 {
        AddressClass::Private
    } else if segments[0] & 0xffc0 == 0xfe80 {
        AddressClass::LinkLocal
    } else if segments[0] & 0xff00 == 0xff00 {
        AddressClass::Multicast
    } else if segments[0] == 0x2001 && segments[1] == 0x0db8 {
        AddressClass::Documentation
    } else if segments[0..4] == [0x0100, 0, 0, 0] {
        AddressClass::Reserved
    } else {
        AddressClass::Public
    }
}

/// A network range written as `address/prefix` (`127.0.0.2/32`,
/// `10.20.0.0/16`, `fd00::/8`), for the administrator's list of internal
/// addresses every fetch may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    /// Parses `address/prefix`, or a bare address (a single host).
    pub fn parse(text: &str) -> Option<Network> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address: IpAddr = address.parse().ok()?;
        let max = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && p.len() <= 3 => {
                p.parse().ok()?
            }
            Some(_) => return None,
            None => max,
        };
        (prefix <= max).then_some(Network { address, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
            v4 => v4,
        };
        match (self.address, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl std::fmt::Display for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.address, self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_range_is_classified() {
        use AddressClass::*;
        let cases = [
            ("8.8.8.8", Public),
            ("151.99.125.2", Public),
            ("0.0.0.0", Unspecified),
            ("0.1.2.3", Unspecified),
            ("127.0.0.1", Loopback),
            ("127.255.0.9", Loopback),
            ("10.0.0.1", Private),
            ("172.16.0.1", Private),
            ("172.31.255.255", Private),
            ("172.32.0.1", Public),
            ("172.15.0.1", Public),
            ("192.168.1.10", Private),
            ("169.254.169.254", LinkLocal),
            ("100.64.0.1", SharedNat),
            ("100.127.255.254", SharedNat),
            ("100.128.0.1", Public),
            ("192.0.2.1", Documentation),
            ("198.51.100.7", Documentation),
            ("203.0.113.9", Documentation),
            ("192.0.0.8", Reserved),
            ("198.18.0.1", Reserved),
            ("224.0.0.1", Multicast),
            ("239.255.255.250", Multicast),
            ("240.0.0.1", Reserved),
            ("255.255.255.255", Broadcast),
            ("::", Unspecified),
            ("::1", Loopback),
            ("::ffff:127.0.0.1", Loopback),
            ("::ffff:10.1.2.3", Private),
            ("::ffff:169.254.169.254", LinkLocal),
            ("::ffff:8.8.8.8", Public),
            ("::127.0.0.1", Reserved),
            ("64:ff9b::7f00:1", Loopback),
            ("64:ff9b::808:808", Public),
            ("2002:c0a8:0101::1", Private),
            ("fc00::1", Private),
            ("fd12:3456::1", Private),
            ("fec0::1", Private),
            ("fe80::1", LinkLocal),
            ("febf::1", LinkLocal),
            ("ff02::1", Multicast),
            ("2001:db8::1", Documentation),
            ("100::1", Reserved),
            ("2a00:1450:4002::200e", Public),
        ];
        for (text, expected) in cases {
            let ip: IpAddr = text.parse().expect("address");
            assert_eq!(classify(ip), expected, "{text}");
        }
    }

    #[test]
    fn allowing_private_addresses_never_opens_broadcast_or_multicast() {
        assert!(AddressClass::Public.is_allowed(false));
        for class in [
            AddressClass::Loopback,
            AddressClass::Private,
            AddressClass::LinkLocal,
            AddressClass::SharedNat,
            AddressClass::Documentation,
            AddressClass::Reserved,
        ] {
            assert!(!class.is_allowed(false), "{class:?}");
            assert!(class.is_allowed(true), "{class:?}");
        }
        for class in [
            AddressClass::Unspecified,
            AddressClass::Multicast,
            AddressClass::Broadcast,
        ] {
            assert!(!class.is_allowed(true), "{class:?}");
        }
    }

    #[test]
    fn networks_parse_and_contain() {
        let net = Network::parse("127.0.0.2/32").expect("valid");
        assert!(net.contains("127.0.0.2".parse().expect("ip")));
        assert!(!net.contains("127.0.0.1".parse().expect("ip")));
        assert!(net.contains("::ffff:127.0.0.2".parse().expect("ip")));
        let net = Network::parse("10.20.0.0/16").expect("valid");
        assert!(net.contains("10.20.9.9".parse().expect("ip")));
        assert!(!net.contains("10.21.0.1".parse().expect("ip")));
        let net = Network::parse("fd00::/8").expect("valid");
        assert!(net.contains("fd12::1".parse().expect("ip")));
        assert!(!net.contains("fe80::1".parse().expect("ip")));
        assert_eq!(
            Network::parse("0.0.0.0/0").map(|n| n.contains("8.8.8.8".parse().expect("ip"))),
            Some(true)
        );
        assert_eq!(
            Network::parse("192.168.1.1")
                .map(|n| n.to_string())
                .as_deref(),
            Some("192.168.1.1/32")
        );
        for bad in [
            "",
            "10.0.0.0/33",
            "10.0.0.0/",
            "10.0.0.0/-1",
            "host/8",
            "::/129",
            "10.0.0.0/8/8",
        ] {
            assert_eq!(Network::parse(bad), None, "{bad}");
        }
    }
}
