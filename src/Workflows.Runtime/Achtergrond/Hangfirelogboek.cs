using Hangfire.Logging;

namespace IdCyclus.Workflows.Runtime.Achtergrond;

/// <summary>
/// Hangfire's log provider is one static for the whole process, but each host has its own logger factory. When two hosts
/// live side by side (the integration tests run test classes in parallel) the provider can point at the factory of a
/// host that has just been disposed; Hangfire then asks it for a logger while building a job client and the request
/// fails with ObjectDisposedException. This provider asks the factory as Hangfire does, and when that factory is gone it
/// logs nothing instead of failing the request: losing a background library's log line beats a 500 for the user.
/// </summary>
internal sealed class Hangfirelogboek(Microsoft.Extensions.Logging.ILoggerFactory fabriek) : ILogProvider
{
    private readonly Hangfire.AspNetCore.AspNetCoreLogProvider binnen = new(fabriek);

    public ILog GetLogger(string name)
    {
        try
        {
            return binnen.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Niets.Exemplaar;
        }
    }

    private sealed class Niets : ILog
    {
        public static readonly Niets Exemplaar = new();

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
