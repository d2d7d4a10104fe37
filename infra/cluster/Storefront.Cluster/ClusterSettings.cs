namespace Storefront.Cluster;

/// <summary>What cluster-test.sh started, handed over in environment variables.</summary>
internal sealed record ClusterSettings(
    Uri Proxy,
    Uri InstanceA,
    Uri InstanceB,
    int InstanceBPid,
    string CertificateFile,
    string DatabaseFile,
    string EmailDirectory,
    string RedisConfigFile,
    string RedisPidFile,
    int RedisPort,
    string PidsFile,
    string AdminEmail,
    string AdminPassword)
{
    public static ClusterSettings FromEnvironment() => new(
        new Uri(Get("CLUSTER_PROXY")),
        new Uri(Get("CLUSTER_INSTANCE_A")),
        new Uri(Get("CLUSTER_INSTANCE_B")),
        int.Parse(Get("CLUSTER_INSTANCE_B_PID"), System.Globalization.CultureInfo.InvariantCulture),
        Get("CLUSTER_CERT"),
        Get("CLUSTER_DB"),
        Get("CLUSTER_EMAILS"),
        Get("CLUSTER_REDIS_CONF"),
        Get("CLUSTER_REDIS_PIDFILE"),
        int.Parse(Get("CLUSTER_REDIS_PORT"), System.Globalization.CultureInfo.InvariantCulture),
        Get("CLUSTER_PIDS"),
        Get("CLUSTER_ADMIN_EMAIL"),
        Get("CLUSTER_ADMIN_PASSWORD"));

    private static string Get(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set");
}
