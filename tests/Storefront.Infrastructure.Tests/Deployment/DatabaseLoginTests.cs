using System.Text.RegularExpressions;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Deployment;

/// <summary>The compose stack runs the app under a login that can only read and write rows; sa changes the schema only.</summary>
public sealed class DatabaseLoginTests
{
    [Fact]
    public async Task The_app_connects_with_its_own_least_privilege_login_and_sa_is_kept_for_migrations()
    {
        var compose = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"));
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "infra", "sql", "create-app-login.sql"));

        Assert.Matches(new Regex("ConnectionStrings__Storefront: \"[^\"]*User Id=storefront_app;"), compose);
        Assert.Matches(new Regex("ConnectionStrings__StorefrontMigrations: \"[^\"]*User Id=sa;"), compose);
        Assert.Single(Regex.Matches(compose, "User Id=sa;"));
        Assert.Contains("-i /sql/create-app-login.sql", compose, StringComparison.Ordinal);
        Assert.Contains("condition: service_completed_successfully", compose, StringComparison.Ordinal);
        Assert.Contains("ALTER ROLE db_datareader ADD MEMBER [storefront_app]", script, StringComparison.Ordinal);
        Assert.Contains("ALTER ROLE db_datawriter ADD MEMBER [storefront_app]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("db_owner", script, StringComparison.Ordinal);
        Assert.DoesNotContain("db_ddladmin", script, StringComparison.Ordinal);
    }
}
