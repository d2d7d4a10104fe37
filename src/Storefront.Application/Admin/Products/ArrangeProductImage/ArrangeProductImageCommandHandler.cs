using Mediator;
using Storefront.Application.Common;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products.ArrangeProductImage;

public sealed class ArrangeProductImageCommandHandler(IStorefrontDbContext db, IImageStore images) : ICommandHandler<ArrangeProductImageCommand>
{
    public async ValueTask<Unit> Handle(ArrangeProductImageCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        var image = product.Images.FirstOrDefault(i => i.Id == command.ImageId)
            ?? throw new DomainException("That image is not part of this product.");
        switch (command.Arrangement)
        {
            case ImageArrangement.MoveEarlier:
                product.MoveImage(image.Id, -1);
                break;
            case ImageArrangement.MoveLater:
                product.MoveImage(image.Id, +1);
                break;
            default:
                product.RemoveImage(image.Id);
                await images.RemoveAsync(image.Url, cancellationToken);
                break;
        }

        await db.SaveProductAsync(cancellationToken);
        return Unit.Value;
    }
}
