using Storefront.Infrastructure.Persistence;
using Storefront.Web;
using Storefront.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStorefront(builder.Configuration, builder.Environment);

var app = builder.Build();
app.Services.StartTelemetry();
await app.Services.InitialiseDatabaseAsync();
app.UseStorefront();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Entry point, public so that WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
