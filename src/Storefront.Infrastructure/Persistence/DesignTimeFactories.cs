using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Storefront.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build each provider's context without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStorefrontDbContext>
{
    public SqliteStorefrontDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStorefrontDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(SqliteStorefrontDbContext).Assembly.FullName))
            .Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerStorefrontDbContext>
{
    public SqlServerStorefrontDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerStorefrontDbContext>()
            .UseSqlServer("Server=localhost;Database=Storefront;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
