using Mediator;

namespace Storefront.Application.Admin.Products.ArrangeProductImage;

public enum ImageArrangement
{
    MoveEarlier,
    MoveLater,
    Remove,
}

/// <summary>Moves a product picture one place, or removes it.</summary>
public sealed record ArrangeProductImageCommand(Guid ProductId, int Version, Guid ImageId, ImageArrangement Arrangement) : ICommand;
