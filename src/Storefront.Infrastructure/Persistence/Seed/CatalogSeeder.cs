using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Infrastructure.Persistence.Seed;

internal sealed class CatalogSeeder(StorefrontDbContext db, IClock clock) : ISeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Products.AnyAsync(cancellationToken))
        {
            return;
        }

        var categories = SampleCatalog.Categories
            .Select((c, index) => new Category(c.Name, Slug.Parse(c.Slug), index))
            .ToDictionary(c => c.Slug.Value);
        db.Categories.AddRange(categories.Values);

        for (var index = 0; index < SampleCatalog.Products.Length; index++)
        {
            var sample = SampleCatalog.Products[index];
            var product = new Product(
                sample.Name,
                Slug.FromText(sample.Name),
                categories[sample.Category].Id,
                sample.Style,
                sample.Compression,
                sample.Uses,
                clock.UtcNow.AddDays(-3 * (SampleCatalog.Products.Length - index)));
            product.Describe(sample.Description, sample.Material, "Machine wash cold, inside out. Hang to dry. Do not iron or tumble dry hot.");
            product.Feature(sample.Featured);
            AddVariants(product, sample, index);
            foreach (var colour in sample.Colours)
            {
                product.AddImage($"/img/socks/{sample.Style.Token()}-{Slug.FromText(colour.Name)}.svg", $"{sample.Name} in {colour.Name}", colour.Name);
            }

            product.Publish();
            db.Products.Add(product);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddVariants(Product product, SampleProduct sample, int productIndex)
    {
        for (var c = 0; c < sample.Colours.Length; c++)
        {
            for (var s = 0; s < sample.Sizes.Length; s++)
            {
                var size = sample.Sizes[s];
                var colour = sample.Colours[c];
                var surcharge = size == "XXL" ? 2m : 0m;
                product.AddVariant(
                    $"SF-{sample.Code}-{Slug.FromText(colour.Name).Value.ToUpperInvariant()[..3]}-{size}",
                    size,
                    colour.Name,
                    colour.Hex,
                    new Money(sample.Price + surcharge),
                    sample.CompareAtPrice is { } compareAt ? new Money(compareAt + surcharge) : null,
                    SampleStock(productIndex, c, s));
            }
        }
    }

    /// <summary>Realistic, repeatable stock: mostly plenty, some low, a few sold out.</summary>
    private static int SampleStock(int product, int colour, int size) => ((product * 7) + (colour * 5) + (size * 3)) % 17 switch
    {
        0 => 0,
        1 => 2,
        2 => 4,
        var n => 10 + (n * 3),
    };
}
