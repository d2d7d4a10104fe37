using Mediator;

namespace Storefront.Application.Admin.Products.RemoveVariant;

/// <summary>Deletes a variant nobody ordered; one that appears in orders is retired so old orders keep it.</summary>
public sealed record RemoveVariantCommand(Guid ProductId, int Version, Guid VariantId) : ICommand<bool>;
