using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Application.Email;

namespace Storefront.Infrastructure.Email;

internal static class EmailRegistration
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            if (options.Smtp is { Security: SmtpSecurity.None, HasCredentials: true })
            {
                throw new InvalidOperationException(
                    "Email:Smtp:Security is None but a user name is set: credentials are never sent unencrypted. Use StartTls or SslOnConnect, or a local relay without credentials.");
            }

            services.AddSingleton<IEmailSender, SmtpEmailSender>();
            return services;
        }

        if (environment.IsProduction() && !options.AllowPickupDirectoryInProduction)
        {
            services.AddSingleton<IEmailSender, NoSmtpEmailSender>();
            return services;
        }

        var directory = Path.IsPathRooted(options.PickupDirectory)
            ? options.PickupDirectory
            : Path.Combine(environment.ContentRootPath, "App_Data", options.PickupDirectory);
        services.AddSingleton<IEmailSender>(sp => new PickupDirectoryEmailSender(
            sp.GetRequiredService<IOptions<EmailOptions>>(), directory, sp.GetRequiredService<ILogger<PickupDirectoryEmailSender>>()));
        return services;
    }
}
