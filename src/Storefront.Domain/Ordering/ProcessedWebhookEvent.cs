namespace Storefront.Domain.Ordering;

/// <summary>A payment provider's event that has been handled; its id is unique, so a repeat changes nothing.</summary>
public sealed class ProcessedWebhookEvent
{
    private ProcessedWebhookEvent()
    {
        EventId = string.Empty;
        Type = string.Empty;
    }

    public ProcessedWebhookEvent(string eventId, string type, DateTimeOffset processedAt)
    {
        EventId = eventId;
        Type = type;
        ProcessedAt = processedAt;
    }

    public string EventId { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }
}
