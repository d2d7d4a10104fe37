using System.Buffers.Text;
using System.Security.Cryptography;

namespace Storefront.Domain.Ordering;

/// <summary>Order numbers and the secret order-link tokens.</summary>
public static class OrderNumber
{
    // No 0/O or 1/I, so a number read out over the phone is not misheard.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public const int MaxLength = 20;

    /// <summary>A readable number such as SF-2026-K7M3QX. Random rather than sequential, so it tells nobody how many orders the shop takes.</summary>
    public static string New(DateTimeOffset now) =>
        $"SF-{now.UtcDateTime.Year}-{RandomNumberGenerator.GetString(Alphabet, 6)}";

    /// <summary>256 random bits, URL-safe: the secret in the order link.</summary>
    public static string NewAccessToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
