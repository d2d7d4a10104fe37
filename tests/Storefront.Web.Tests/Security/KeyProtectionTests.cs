using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Security;

public sealed class KeyProtectionTests
{
    [Fact]
    public async Task With_a_certificate_configured_the_data_protection_keys_are_stored_encrypted()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"storefront-keys-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            using var certificate = new CertificateRequest("CN=Storefront keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        try
        {
            using var shop = new KeysFactory(pfx);
            await new Shopper(shop).AntiforgeryTokenAsync();

            var keys = await shop.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal));
            Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public void Production_without_a_certificate_warns_at_start()
    {
        using var production = new KeysFactory(certificatePath: null, production: true);
        _ = production.Services;

        Assert.Contains(production.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Data Protection keys are stored unencrypted", StringComparison.Ordinal));
    }

    private sealed class KeysFactory(string? certificatePath, bool production = false) : StorefrontFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureSettings(IWebHostBuilder builder)
        {
            if (production)
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("Checkout:PublicBaseUrl", "https://shop.example");
            }

            builder.UseSetting("DataProtection:CertificatePath", certificatePath ?? string.Empty);
            builder.UseSetting("DataProtection:CertificatePassword", "pfx-password");
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
