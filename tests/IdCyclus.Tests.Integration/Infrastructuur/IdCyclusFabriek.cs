using IdCyclus.Host.Infrastructuur;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// The whole host on one provider, with its own empty database, the demo organisation seeded, and a manual clock set
/// to 1 March 2025 (after Zuidas merged into G&amp;O, during the 2025 cycle).
/// </summary>
public abstract class IdCyclusFabriek : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoWachtwoord = "Test-wachtwoord-voor-demo-2025";

    public static readonly DateTimeOffset Startmoment = new(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Outside Development every cookie is Secure, so the test browser talks HTTPS (as a real one would).</summary>
    public static readonly Uri Basisadres = new("https://localhost");

    protected IdCyclusFabriek() => ClientOptions.BaseAddress = Basisadres;

    public HandmatigeKlok Klok { get; } = new(Startmoment);

    public OpgevangenMail Mail { get; } = new();

    protected abstract string Provider { get; }

    protected abstract string Verbindingsreeks { get; }

    /// <summary>
    /// Off by default: most tests make their own interviews, and fictional final ones of 2023 and 2024 would be in
    /// their way. The demo-data tests switch them on.
    /// </summary>
    protected virtual bool DemoInterviews => false;

    public virtual async Task InitializeAsync()
    {
        await MaakDatabaseAsync();
        await DatabaseBeheer.MigreerAsync(Services, NullLogger.Instance, CancellationToken.None);
        await DatabaseBeheer.VulDemoDataAsync(Services, CancellationToken.None);
    }

    /// <summary>Back to the freshly seeded state, for tests that change data.</summary>
    public async Task ResetAsync()
    {
        Klok.Zet(Startmoment);
        Mail.Leeg();
        await HerstelDatabaseAsync();
    }

    /// <summary>The database back to what <see cref="InitializeAsync"/> left: migrated, seeded, built-in definitions published.</summary>
    protected abstract Task HerstelDatabaseAsync();

    /// <summary>Seeds an emptied database again, as on the first start.</summary>
    protected async Task VulOpnieuwAsync()
    {
        await DatabaseBeheer.VulDemoDataAsync(Services, CancellationToken.None);
        await DatabaseBeheer.NaMigratieAsync(Services, CancellationToken.None);
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await VerwijderDatabaseAsync();
    }

    protected abstract Task MaakDatabaseAsync();

    protected abstract Task VerwijderDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", Verbindingsreeks);
        builder.UseSetting("Toegang:DemoAanmelden", "true");
        // "Testing" is not Development: without this explicit setting the host refuses to start with demo sign-in on.
        builder.UseSetting("Toegang:DemoAanmeldenBuitenOntwikkeling", "true");
        builder.UseSetting("Toegang:DemoWachtwoord", DemoWachtwoord);
        // Outside Development the host refuses to start without the address its mail links use.
        builder.UseSetting("Workflows:BasisUrl", "http://localhost:5080");
        builder.UseSetting("Vragenlijst:DemoInterviews", DemoInterviews ? "true" : "false");
        // Tests drive timers and mail themselves, with the manual clock.
        builder.UseSetting("Workflows:AchtergrondVerwerking", "false");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Klok);
            services.RemoveAll<IdCyclus.Workflows.Runtime.IMailVerzender>();
            services.AddSingleton<IdCyclus.Workflows.Runtime.IMailVerzender>(Mail);
        });
    }

    public HttpSessie NieuweSessie() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Basisadres }), this);

    public async Task<T> MetDienstAsync<T>(Func<IServiceProvider, Task<T>> werk)
    {
        await using var scope = Services.CreateAsyncScope();
        return await werk(scope.ServiceProvider);
    }

    /// <summary>The first person holding a role today, optionally in a given directie (by afkorting) or cluster.</summary>
    public Task<RolGegevens> RolhouderAsync(Rol rol, string? directie = null, string? cluster = null) =>
        MetDienstAsync(async diensten =>
        {
            var organisatie = diensten.GetRequiredService<IOrganisatieQueries>();
            Guid? directieId = directie is null ? null : (await organisatie.DirectieMetAfkortingAsync(directie))!.Id;
            var houders = await organisatie.RolhoudersAsync(rol, Klok.Vandaag(), directieId, cluster);
            return houders.FirstOrDefault() ?? throw new InvalidOperationException($"Geen {rol} gevonden ({directie}{cluster}).");
        });

    public Task<DirectieGegevens> DirectieAsync(string afkorting) =>
        MetDienstAsync(async diensten =>
            (await diensten.GetRequiredService<IOrganisatieQueries>().DirectieMetAfkortingAsync(afkorting))
            ?? throw new InvalidOperationException($"Directie {afkorting} bestaat niet."));
}
