namespace Storefront.Infrastructure.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Storefront.sln, found by walking up from the test output.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Storefront.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Storefront.sln not found above " + AppContext.BaseDirectory);
    }
}
