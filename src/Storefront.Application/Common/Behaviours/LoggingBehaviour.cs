using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Storefront.Application.Common.Telemetry;

namespace Storefront.Application.Common.Behaviours;

/// <summary>Logs and traces each use case (a span named after it) with its duration, so slow or failing requests show up by name.</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = StorefrontActivity.Source.StartActivity(typeof(TMessage).Name);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
        finally
        {
            LogHandled(logger, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Message} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);
}
