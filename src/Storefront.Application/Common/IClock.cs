namespace Storefront.Application.Common;

public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
