using Microsoft.AspNetCore.WebUtilities;

namespace Storefront.Web.Http;

/// <summary>
/// Where an add-to-cart from a card outside the product page returns: the same page and card, with <c>?added={card}</c>
/// so the page shows "Added — view cart" there. The flag names a card, not a shopper, so the page stays cacheable.
/// </summary>
public static class AddedReturn
{
    public const string QueryKey = "added";

    public static string Url(HttpRequest request, string cardId)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => q.Key != QueryKey)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new(QueryKey, cardId));
        return QueryHelpers.AddQueryString(request.Path, query) + "#" + cardId;
    }

    public static bool WasAdded(HttpRequest request, string cardId) => request.Query[QueryKey] == cardId;
}
