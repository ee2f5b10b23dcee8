namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>
/// Base for integration tests that run once per provider: each concrete subclass (…_Sqlite, …_Postgres) gets its own
/// host and database, reset to the seeded state before every test.
/// </summary>
public abstract class ProviderTests<TFabriek>(TFabriek fabriek) : IClassFixture<TFabriek>, IAsyncLifetime
    where TFabriek : IdCyclusFabriek
{
    protected TFabriek Fabriek { get; } = fabriek;

    public Task InitializeAsync() => Fabriek.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
