using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Storefront.Web.Http;

/// <summary>Who a request comes from, for limits: the IPv4 address, or the /64 network of an IPv6 address.</summary>
public static class ClientAddress
{
    /// <summary>
    /// One IPv6 subscriber usually holds a whole /64, so a limit per address would be no limit at all; the key groups
    /// every address of that /64. IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
    /// </summary>
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public static string Key(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    /// <summary>The key as stored with an order: a hash, so the database keeps no client addresses.</summary>
    public static string Pseudonym(HttpContext context) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key(context))), 0, 16);
}
