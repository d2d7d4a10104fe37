using System.Reflection;
using NetArchTest.Rules;

namespace Storefront.Architecture.Tests;

/// <summary>Dependencies point inward: Web → Infrastructure → Application → Domain, never back out.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Domain.Common.Money).Assembly;
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Web = typeof(Web.ServiceCollectionExtensions).Assembly;

    private const string DomainNamespace = "Storefront.Domain";
    private const string ApplicationNamespace = "Storefront.Application";
    private const string InfrastructureNamespace = "Storefront.Infrastructure";
    private const string WebNamespace = "Storefront.Web";

    [Fact]
    public void The_domain_uses_nothing_but_the_base_class_library_and_itself() =>
        // Only our own namespaces: the compiler adds helper types in the global namespace (e.g. for collection expressions).
        AssertHolds(Types.InAssembly(Domain).That().ResideInNamespaceStartingWith(DomainNamespace).Should().OnlyHaveDependenciesOn("System", DomainNamespace).GetResult());

    [Fact]
    public void The_domain_knows_nothing_of_ef_core_asp_net_core_mediator_or_validation() =>
        AssertHolds(Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
            "Microsoft.Extensions",
            "Mediator",
            "FluentValidation",
            "Riok.Mapperly",
            ApplicationNamespace,
            InfrastructureNamespace,
            WebNamespace).GetResult());

    [Fact]
    public void The_application_does_not_reach_out_to_infrastructure_or_web() =>
        AssertHolds(Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(InfrastructureNamespace, WebNamespace, "Microsoft.AspNetCore").GetResult());

    [Fact]
    public void The_infrastructure_does_not_reach_out_to_web() =>
        AssertHolds(Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn(WebNamespace).GetResult());

    [Fact]
    public void The_web_never_touches_the_db_context() =>
        // A page sends a request; only Application's handlers and Infrastructure read and write the database.
        AssertHolds(Types.InAssembly(Web).ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore",
            "Storefront.Infrastructure.Persistence.StorefrontDbContext",
            "Storefront.Application.Common.IStorefrontDbContext").GetResult());

    /// <summary>The order page builds its link itself (Orders.OrderLink) rather than borrowing checkout's email code.</summary>
    [Fact]
    public void Orders_do_not_reach_into_checkouts_fulfilment() =>
        AssertHolds(Types.InAssembly(Application).That().ResideInNamespace("Storefront.Application.Orders")
            .ShouldNot().HaveDependencyOn("Storefront.Application.Checkout.FulfilOrder").GetResult());

    private static void AssertHolds(TestResult result) =>
        Assert.True(result.IsSuccessful, $"These types break the rule: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
