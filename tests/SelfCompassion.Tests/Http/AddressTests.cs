using System.Net;
using Microsoft.AspNetCore.Http;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Http;

/// <summary>Limits count per asker: an IPv4 address, or an IPv6 /64, which one connection can roam freely.</summary>
public class AddressTests
{
    private static string KeyOf(string address) =>
        RateLimits.Address(new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } });

    [Fact]
    public void Addresses_in_one_IPv6_64_share_a_limit_and_other_networks_do_not()
    {
        Assert.Equal(KeyOf("2001:db8:1:2::1"), KeyOf("2001:db8:1:2:ffff:ffff:ffff:fffe"));
        Assert.NotEqual(KeyOf("2001:db8:1:2::1"), KeyOf("2001:db8:1:3::1"));
    }

    [Fact]
    public void An_IPv4_address_is_its_own_also_when_carried_in_IPv6()
    {
        Assert.Equal("192.0.2.7", KeyOf("192.0.2.7"));
        Assert.Equal("192.0.2.7", KeyOf("::ffff:192.0.2.7"));
        Assert.NotEqual(KeyOf("192.0.2.7"), KeyOf("192.0.2.8"));
    }
}
