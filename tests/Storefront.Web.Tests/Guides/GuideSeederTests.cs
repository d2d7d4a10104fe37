using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Infrastructure.Persistence.Seed;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Guides;

public sealed class GuideSeederTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task Every_guide_file_is_in_the_database_once_even_after_the_seeders_run_again()
    {
        var files = typeof(ISeeder).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Seed.Guides.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }

        var (guides, sections, references) = await factory.WithDbAsync(async db =>
            (
                await db.Guides.CountAsync(),
                await db.Guides.Where(g => g.Slug == Domain.Common.Slug.Parse("leg-cramps")).SelectMany(g => g.Sections).CountAsync(),
                await db.Guides.Where(g => g.Slug == Domain.Common.Slug.Parse("leg-cramps")).SelectMany(g => g.References).CountAsync()));
        Assert.True(files >= 1, "no guide file is embedded");
        Assert.Equal(files, guides);
        Assert.Equal(11, sections);
        Assert.Equal(7, references);
    }
}
