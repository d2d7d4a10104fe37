using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Storefront.Cluster;

/// <summary>A reply as the driver reads it: status, which instance nginx chose, the body and its parsed document.</summary>
internal sealed record Reply(string Url, HttpStatusCode Status, string? Upstream, string? Location, string Body, IReadOnlyList<string> SetCookies)
{
    private IHtmlDocument? _document;

    public IHtmlDocument Document => _document ??= new HtmlParser().ParseDocument(Body);
}

/// <summary>One visitor: its own cookies, every Set-Cookie it was sent kept for inspection, no automatic redirects.</summary>
internal sealed class Browser(HttpClient http, Uri baseAddress)
{
    private readonly Dictionary<string, string> _cookies = [];

    public List<string> SetCookies { get; } = [];

    public HashSet<string> Upstreams { get; } = [];

    public Task<Reply> GetAsync(string url, params (string Name, string Value)[] headers) => SendAsync(HttpMethod.Get, url, null, headers);

    public Task<Reply> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> form, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, url, form, headers);

    /// <summary>Posts a form of <paramref name="page"/> (found by selector) with its own fields, some replaced, to its action or else the page.</summary>
    public Task<Reply> SubmitAsync(Reply page, string formSelector, params (string Name, string Value)[] changes)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement ?? throw new ClusterFailure($"no form {formSelector}");
        var fields = page.Document.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>()
            .Where(i => i.Form == form || (form.Id is { Length: > 0 } id && i.GetAttribute("form") == id))
            .Where(i => i.Type is not ("checkbox" or "radio" or "submit") || i.IsChecked)
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return PostAsync(form.GetAttribute("action") is { Length: > 0 } action ? action : page.Url, fields);
    }

    private async Task<Reply> SendAsync(HttpMethod method, string url, IEnumerable<KeyValuePair<string, string>>? form, (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, url)) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in setCookies)
        {
            var pair = header.Split(';')[0].Split('=', 2);
            _cookies[pair[0]] = pair[1];
        }

        SetCookies.AddRange(setCookies);
        var upstream = response.Headers.TryGetValues("X-Upstream", out var upstreams) ? upstreams.First() : null;
        if (upstream is not null)
        {
            Upstreams.Add(upstream);
        }

        return new Reply(url, response.StatusCode, upstream, response.Headers.Location?.ToString(), body, setCookies);
    }
}

internal sealed class ClusterFailure(string message) : Exception(message);
