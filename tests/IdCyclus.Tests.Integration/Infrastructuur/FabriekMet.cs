using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>Services a test class adds to the host (a counting stand-in, a failing receiver), the same on both databases.</summary>
public interface IExtraDiensten
{
    static abstract void Voeg(IServiceCollection services);
}

/// <summary>The SQLite host with <typeparamref name="TDiensten"/> added: one factory per test class that needs them.</summary>
public sealed class SqliteFabriekMet<TDiensten> : SqliteFabriek
    where TDiensten : IExtraDiensten
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(TDiensten.Voeg);
    }
}

/// <summary>The PostgreSQL host with <typeparamref name="TDiensten"/> added.</summary>
public sealed class PostgresFabriekMet<TDiensten> : PostgresFabriek
    where TDiensten : IExtraDiensten
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(TDiensten.Voeg);
    }
}
