namespace Storefront.Infrastructure.Persistence.Seed;

/// <summary>Adds starting content once; running it again on a seeded database changes nothing.</summary>
public interface ISeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
