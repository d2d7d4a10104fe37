using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Storefront.Infrastructure.Persistence;

/// <summary>
/// Data Protection keys (they sign cookies and antiforgery tokens) live in the database; with
/// <c>DataProtection:CertificatePath</c> (a PFX file) and <c>DataProtection:CertificatePassword</c> they are stored
/// encrypted with that certificate. Production without one says so at start.
/// </summary>
internal static partial class KeyProtection
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddKeyProtection(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var builder = services.AddDataProtection().SetApplicationName("Storefront").PersistKeysToDbContext<StorefrontDbContext>();
        var path = configuration[$"{Section}:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{Section}:CertificatePassword"]));
        }
        else if (environment.IsProduction())
        {
            services.AddHostedService<UnprotectedKeysWarning>();
        }

        return services;
    }

    private sealed partial class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogUnprotected(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Data Protection keys are stored unencrypted in the database: set DataProtection:CertificatePath (a PFX file) and DataProtection:CertificatePassword to encrypt them")]
        private static partial void LogUnprotected(ILogger logger);
    }
}
