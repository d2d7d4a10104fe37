using Microsoft.EntityFrameworkCore;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Catalog;

/// <summary>"Size in stock" means a shopper can buy that size: a size sold out in every colour must not match.</summary>
public sealed class SoldOutSizeFilterTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Filtering_by_size_leaves_out_a_sock_whose_size_is_sold_out_in_every_colour()
    {
        var (slug, size) = await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).OrderBy(p => p.Name).FirstAsync(p => p.Variants.Count(v => v.Size == "M") > 0);
            foreach (var variant in product.Variants.Where(v => v.Size == "M"))
            {
                product.AdjustStock(variant.Id, 0, "Sold out for the test", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            return (product.Slug.Value, "M");
        });
        var expected = (await factory.PublishedProductsAsync())
            .Where(p => p.Variants.Any(v => v.Size == size && v.Available > 0))
            .Slugs();

        var shown = await factory.CreateClient().AllSlugsAsync($"/shop?size={size}");

        Assert.DoesNotContain(slug, shown);
        Assert.NotEmpty(shown);
        Assert.Equal(expected, shown.Order());
    }

    [Fact]
    public async Task Filtering_by_size_counts_units_held_for_checkouts_as_gone()
    {
        var slug = await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).OrderByDescending(p => p.Name).FirstAsync(p => p.Variants.Any(v => v.Size == "L"));
            foreach (var variant in product.Variants.Where(v => v.Size == "L" && v.Available > 0))
            {
                product.Reserve(variant.Id, variant.Available);
            }

            await db.SaveChangesAsync();
            return product.Slug.Value;
        });

        var shown = await factory.CreateClient().AllSlugsAsync("/shop?size=L");

        Assert.DoesNotContain(slug, shown);
    }
}
