using Microsoft.AspNetCore.Hosting;

namespace Storefront.Web.Tests.Support;

/// <summary>
/// The app with a second, small guide read from the test data (never from the shop's own seed), to show that a
/// guide is one file: <see cref="Slug"/>.
/// </summary>
public sealed class SecondGuideFactory : StorefrontFactory
{
    public const string Slug = "heavy-legs-at-work";

    public static string GuideDirectory => Path.Combine(AppContext.BaseDirectory, "Guides", "TestData");

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("Guides:Directory", GuideDirectory);
}
