using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using Mediator;

namespace Storefront.Architecture.Tests;

/// <summary>One folder per use case: {Verb}{Noun}Command|Query, its handler and validator side by side; requests are immutable records.</summary>
public sealed class UseCaseTests
{
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    private static readonly List<Type> Requests = Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
        .ToList();

    /// <summary>{Folder}Command or {Folder}Query; a folder named for a noun may hold its verbs (TestPayment: CompleteTestPaymentCommand).</summary>
    [Fact]
    public void Each_request_is_named_for_its_use_case_folder()
    {
        Assert.NotEmpty(Requests);
        var misnamed = Requests
            .Where(t => !t.Name.EndsWith(t.Namespace![(t.Namespace!.LastIndexOf('.') + 1)..] + (IsQuery(t) ? "Query" : "Command"), StringComparison.Ordinal))
            .Select(t => $"{t.FullName}").ToList();

        Assert.True(misnamed.Count == 0, "Name the request for its folder ({Verb}{Folder}Command or ...Query): " + string.Join(", ", misnamed));
    }

    [Fact]
    public void Handlers_and_validators_live_beside_their_request()
    {
        var handled = Application.GetTypes()
            .SelectMany(t => t.GetInterfaces().Where(IsHandler).Select(i => (Type: t, Request: i.GetGenericArguments()[0])))
            .ToList();
        var validated = Application.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => (Type: t, Request: t.BaseType!.GetGenericArguments()[0]))
            .Where(v => typeof(IMessage).IsAssignableFrom(v.Request))
            .ToList();
        Assert.NotEmpty(handled);
        Assert.NotEmpty(validated);

        var astray = handled.Concat(validated)
            .Where(x => x.Type.Namespace != x.Request.Namespace || x.Type.Name != x.Request.Name + (handled.Contains(x) ? "Handler" : "Validator"))
            .Select(x => $"{x.Type.FullName} (for {x.Request.FullName})").ToList();

        Assert.True(astray.Count == 0, "Put these beside their request, named {Request}Handler / {Request}Validator: " + string.Join(", ", astray));
    }

    [Fact]
    public void Commands_and_queries_are_immutable_records()
    {
        var mutable = Requests.Where(t => t.GetMethod("<Clone>$") is null).Select(t => $"{t.Name} (not a record)")
            .Concat(Requests.SelectMany(t => t.GetProperties()
                .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name} (settable)")))
            .Concat(Requests.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{t.Name}.{f.Name} (field)")))
            .ToList();

        Assert.True(mutable.Count == 0, "Make these immutable records (init-only properties): " + string.Join(", ", mutable));
    }

    private static bool IsQuery(Type request) => request.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>));

    private static bool IsHandler(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() is var d
        && (d == typeof(ICommandHandler<,>) || d == typeof(ICommandHandler<>) || d == typeof(IQueryHandler<,>) || d == typeof(IRequestHandler<,>) || d == typeof(IRequestHandler<>));
}
