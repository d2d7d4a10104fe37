using System.Diagnostics;
using Storefront.Infrastructure.Tests.Support;

namespace Storefront.Infrastructure.Tests.Deployment;

/// <summary>No Docker engine runs here, but docker-compose can still check that the file is valid compose.</summary>
public sealed class DockerComposeTests
{
    [Fact]
    public async Task Docker_compose_accepts_the_repositorys_compose_file()
    {
        var start = new ProcessStartInfo("docker-compose", "-f docker-compose.yml config -q")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"docker-compose config failed ({process.ExitCode}): {await errors}");
    }
}
