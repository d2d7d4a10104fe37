using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Admin.Products.UploadProductImage;

public sealed class UploadProductImageCommandHandler(IStorefrontDbContext db, IImageStore images, IImageInspector inspector)
    : ICommandHandler<UploadProductImageCommand>
{
    public async ValueTask<Unit> Handle(UploadProductImageCommand command, CancellationToken cancellationToken)
    {
        var content = await ReadAtMostAsync(command.Content, UploadProductImageCommand.MaxBytes, cancellationToken);
        var facts = inspector.Inspect(content)
            ?? throw Invalid("The file is not a PNG, JPEG or WebP picture (its content was checked, not its name).");
        if (facts.Width is < UploadProductImageCommand.MinPixels or > UploadProductImageCommand.MaxPixels
            || facts.Height is < UploadProductImageCommand.MinPixels or > UploadProductImageCommand.MaxPixels)
        {
            throw Invalid($"A picture must be {UploadProductImageCommand.MinPixels} to {UploadProductImageCommand.MaxPixels} pixels on each side; this one is {facts.Width}×{facts.Height}.");
        }

        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        var url = await images.AddAsync(inspector.Reencode(content), facts.ContentType, cancellationToken);
        product.AddImage(url, command.AltText, command.Colour);
        await db.SaveProductAsync(cancellationToken);
        return Unit.Value;
    }

    private static ValidationException Invalid(string message) =>
        new([new ValidationFailure(nameof(UploadProductImageCommand.Content), message)]);

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw Invalid("A picture can be at most 2 MB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
