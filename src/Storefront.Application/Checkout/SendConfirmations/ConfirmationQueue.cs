using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Storefront.Application.Checkout.SendConfirmations;

/// <summary>
/// Paid orders whose confirmation this instance sends next, after the request that took the payment has answered: the
/// shopper and the provider's webhook do not wait for the mail server. The order itself says what is owed (paid, no
/// confirmation yet), so an entry lost with the process is found later by the sweep
/// (<see cref="SendPendingConfirmations.SendPendingConfirmationsCommand"/>).
/// </summary>
public sealed class ConfirmationQueue
{
    private readonly Channel<PendingConfirmation> _pending =
        Channel.CreateUnbounded<PendingConfirmation>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentDictionary<Guid, byte> _held = new();

    /// <param name="baseUrl">The shop's address for the order link in the email.</param>
    public void Add(Guid orderId, string baseUrl)
    {
        if (_held.TryAdd(orderId, 0))
        {
            _pending.Writer.TryWrite(new PendingConfirmation(orderId, baseUrl));
        }
    }

    /// <summary>Whether the order's confirmation is queued here or being sent now: the sweep leaves it to this queue.</summary>
    public bool Holds(Guid orderId) => _held.ContainsKey(orderId);

    /// <summary>The sender is done with these: sent, or failed and left to the sweep.</summary>
    public void Release(IEnumerable<PendingConfirmation> done)
    {
        foreach (var confirmation in done)
        {
            _held.TryRemove(confirmation.OrderId, out _);
        }
    }

    /// <summary>Waits until a confirmation is queued.</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _pending.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> of the queued confirmations, oldest first; none when the queue is empty.</summary>
    public List<PendingConfirmation> Take(int max)
    {
        var taken = new List<PendingConfirmation>();
        while (taken.Count < max && _pending.Reader.TryRead(out var next))
        {
            taken.Add(next);
        }

        return taken;
    }
}

public sealed record PendingConfirmation(Guid OrderId, string BaseUrl);
