using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Composition;

/// <summary>Each layer registers its own services: Infrastructure implements ports, AddApplication registers the use cases' rules.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void Infrastructure_registers_no_application_or_domain_implementation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddInfrastructure(configuration, new TestHostEnvironment(Path.GetTempPath()));
        var inner = new[] { typeof(Application.DependencyInjection).Assembly, typeof(Domain.Common.Money).Assembly };

        var misplaced = services
            .Select(d => d.IsKeyedService ? d.KeyedImplementationType ?? d.KeyedImplementationInstance?.GetType() : d.ImplementationType ?? d.ImplementationInstance?.GetType())
            .Where(t => t is not null && inner.Contains(t.Assembly))
            .Select(t => t!.Name)
            .ToList();

        Assert.True(misplaced.Count == 0, "Register these in AddApplication: " + string.Join(", ", misplaced));
    }
}
