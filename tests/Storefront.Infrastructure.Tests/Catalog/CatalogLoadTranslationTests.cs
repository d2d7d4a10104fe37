using Microsoft.EntityFrameworkCore;
using Storefront.Application.Catalog.Search;
using Storefront.Infrastructure.Persistence;

namespace Storefront.Infrastructure.Tests.Catalog;

/// <summary>
/// Search works in memory on what one query loads; SQL Server cannot run here, so this checks that the query
/// translates to SQL Server SQL (EF Core throws for a part it cannot translate) and that the
/// database, not the app, does the filtering. The context runs single queries so the SQL shows every part at once.
/// </summary>
public sealed class CatalogLoadTranslationTests : IDisposable
{
    private readonly SqlServerStorefrontDbContext _db = new(new DbContextOptionsBuilder<SqlServerStorefrontDbContext>()
        .UseSqlServer("Server=unused;Database=unused;TrustServerCertificate=True")
        .Options);

    [Fact]
    public void The_search_index_load_translates_to_sql_server_sql()
    {
        var sql = CatalogSearch.SourceQuery(_db.Products).ToQueryString();

        Assert.Contains("FROM [Products]", sql);
        Assert.Contains("[ProductVariants]", sql);
        Assert.Contains("[Status] = N'Published'", sql);
        Assert.Contains("[IsRetired] = CAST(0 AS bit)", sql);
        Assert.Contains("[Description]", sql);
        Assert.Contains("[Colour]", sql);
    }

    public void Dispose() => _db.Dispose();
}
