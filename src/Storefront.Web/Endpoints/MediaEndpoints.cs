using Storefront.Application.Common;

namespace Storefront.Web.Endpoints;

public static class MediaEndpoints
{
    /// <summary>Uploaded pictures at /media/{id}. The id never points at other bytes, so browsers and CDNs may keep them for a year.</summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{id:guid}", async (Guid id, IImageStore images, HttpContext context, CancellationToken cancellationToken) =>
        {
            var image = await images.FindAsync(id, cancellationToken);
            if (image is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public,max-age=31536000,immutable";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(image.Content, image.ContentType);
        });
        return app;
    }
}
