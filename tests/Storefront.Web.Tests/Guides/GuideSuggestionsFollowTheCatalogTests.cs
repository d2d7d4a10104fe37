using Microsoft.EntityFrameworkCore;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

/// <summary>Suggestions are found from the catalog by attributes, so catalog changes show without code changes. Each test changes its own database.</summary>
public sealed class GuideSuggestionsFollowTheCatalogTests
{
    [Fact]
    public async Task Unpublishing_a_sock_removes_it_from_the_guide_and_the_finder()
    {
        using var factory = new StorefrontFactory();
        var client = factory.CreateClient();
        Assert.Contains("Recovery Knee-High Socks", LegCrampGuide.SockNames((await client.GetDocumentAsync(LegCrampGuide.Url)).GetElementById("muscle-fatigue")));

        await factory.WithDbAsync(async db =>
        {
            var sock = await db.Products.SingleAsync(p => p.Name == "Recovery Knee-High Socks");
            sock.Unpublish();
            await db.SaveChangesAsync();
        });

        var guide = await client.GetDocumentAsync(LegCrampGuide.Url);
        Assert.DoesNotContain("Recovery Knee-High Socks", guide.QuerySelectorAll(".sock-card-name").Select(n => n.TextContent.Trim()));
        Assert.NotNull(guide.GetElementById("muscle-fatigue")!.QuerySelector(".no-fitting-sock"));
        var finder = await client.GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=after-exercise&a=during-exercise&find=1");
        Assert.NotEmpty(finder.QuerySelectorAll(".finder-match"));
        Assert.DoesNotContain("Recovery Knee-High Socks", finder.QuerySelectorAll(".sock-card-name").Select(n => n.TextContent.Trim()));
    }

    [Fact]
    public async Task A_sock_sold_out_in_every_size_drops_out_of_the_guide()
    {
        using var factory = new StorefrontFactory();
        await factory.WithDbAsync(async db =>
        {
            var sock = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Name == "Maternity Knee-High Compression Socks");
            foreach (var variant in sock.Variants)
            {
                sock.AdjustStock(variant.Id, 0, "Sold out for the test", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        });

        var guide = await factory.CreateClient().GetDocumentAsync(LegCrampGuide.Url);

        Assert.DoesNotContain("Maternity Knee-High Compression Socks", LegCrampGuide.SockNames(guide.GetElementById("pregnancy")));
    }

    [Fact]
    public async Task A_new_sock_that_fits_a_strategy_appears_in_the_guide_the_finder_and_its_own_why_it_helps_without_code_changes()
    {
        using var factory = new StorefrontFactory();
        await factory.WithDbAsync(async db =>
        {
            var sport = await db.Categories.SingleAsync(c => c.Slug == Slug.Parse("sport"));
            var sock = new Product("Trail Running Knee-Highs", Slug.Parse("trail-running-knee-highs"), sport.Id, SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running, DateTimeOffset.UtcNow);
            sock.AddVariant("TRL-BLK-M", "M", "Black", "#111111", new Money(34m), null, 12);
            sock.AddImage("/img/socks/knee-high-black.svg", "Trail Running Knee-Highs in Black");
            sock.Feature(true);
            sock.Publish();
            db.Products.Add(sock);
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();

        var guide = await client.GetDocumentAsync(LegCrampGuide.Url);
        Assert.Contains("Trail Running Knee-Highs", LegCrampGuide.SockNames(guide.GetElementById("overexertion")));
        Assert.DoesNotContain("Trail Running Knee-Highs", LegCrampGuide.SockNames(guide.GetElementById("pregnancy")));
        var finder = await client.GetDocumentAsync($"{LegCrampGuide.FinderUrl}?a=during-exercise&find=1");
        Assert.Contains("Trail Running Knee-Highs", LegCrampGuide.SockNames(finder.QuerySelector(".finder-match[data-anchor='overexertion']")));
        var product = await client.GetDocumentAsync("/products/trail-running-knee-highs");
        Assert.NotNull(product.QuerySelector($".why-it-helps a[href='{LegCrampGuide.Url}#overexertion']"));
    }
}
