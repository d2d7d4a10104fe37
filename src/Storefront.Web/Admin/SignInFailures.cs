using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Storefront.Web.Admin;

/// <summary>
/// Failed sign-ins per email, for accounts that exist and those that do not alike: after five in 15 minutes an email is
/// refused with the same words as Identity's lockout, so the answer never tells whether an account exists. An unknown
/// email also costs one password hash, so it takes as long as a known one.
/// </summary>
public sealed class SignInFailures(IMemoryCache cache)
{
    public const int Limit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private static readonly IdentityUser Nobody = new();

    // Identity's own hasher with its default cost, the one the accounts' hashes use.
    private static readonly PasswordHasher<IdentityUser> Hasher = new();
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public bool IsBlocked(string email) => cache.TryGetValue(Key(email), out Count? failures) && failures!.Value >= Limit;

    public void Record(string email)
    {
        var failures = cache.GetOrCreate(Key(email), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            return new Count();
        })!;
        Interlocked.Increment(ref failures.Value);
    }

    /// <summary>Checks a password against a hash nobody has, so an unknown email takes as long as a known one.</summary>
    public void SpendHashTime(string password) => Hasher.VerifyHashedPassword(Nobody, DummyHash.Value, password);

    private static string Key(string email) => "sign-in-failures:" + email.Trim().ToUpperInvariant();

    private sealed class Count
    {
        public int Value;
    }
}
