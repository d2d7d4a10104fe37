using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Infrastructure.Persistence;

/// <summary>
/// An interceptor that keeps state per context. Contexts are pooled and interceptors are shared, so the context tells
/// it when its scope ends (before it goes back to the pool) and whatever it still holds must be let go.
/// </summary>
internal interface IContextScopeInterceptor : IInterceptor
{
    void ScopeEnded(DbContext context);
}
