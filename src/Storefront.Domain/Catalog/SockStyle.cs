namespace Storefront.Domain.Catalog;

public enum SockStyle
{
    Ankle,
    Crew,
    KneeHigh,
    ThighHigh,
    WideCalf,
}
