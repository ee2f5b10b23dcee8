using System.Data.Common;
using IdCyclus.Shared.Persistence;

namespace IdCyclus.Modules.Organisatie.Tests.Shared;

/// <summary>The cache keeps a value exactly as long as the stamp it was read under, and shares a load between readers.</summary>
public sealed class StempelcacheTests
{
    private sealed class Proefstempel : IWijzigingsstempel
    {
        public string? Waarde { get; set; } = "a";

        public ValueTask<string?> LeesAsync(CancellationToken ct) => ValueTask.FromResult(Waarde);

        public Task VernieuwAsync(CancellationToken ct, DbConnection? open = null) => Task.CompletedTask;
    }

    private readonly Proefstempel _stempel = new();
    private int _ladingen;

    private Func<Task<string>> Lader(string waarde) => () =>
    {
        Interlocked.Increment(ref _ladingen);
        return Task.FromResult(waarde);
    };

    [Fact]
    public async Task Zolang_het_stempel_gelijk_is_wordt_een_keer_geladen_en_daarna_opnieuw()
    {
        var cache = new Stempelcache<int, string>(_stempel);

        Assert.Equal("een", await cache.LeesAsync(1, Lader("een"), default));
        Assert.Equal("een", await cache.LeesAsync(1, Lader("anders"), default));
        Assert.Equal(1, _ladingen);

        _stempel.Waarde = "b";
        Assert.Equal("twee", await cache.LeesAsync(1, Lader("twee"), default));
        Assert.Equal(2, _ladingen);

        // Back to an earlier stamp is a change too: the value kept is the one of the last load.
        _stempel.Waarde = "a";
        Assert.Equal("drie", await cache.LeesAsync(1, Lader("drie"), default));
    }

    [Fact]
    public async Task Elke_sleutel_heeft_een_eigen_waarde()
    {
        var cache = new Stempelcache<string, string>(_stempel);

        Assert.Equal("x", await cache.LeesAsync("persoon-1", Lader("x"), default));
        Assert.Equal("y", await cache.LeesAsync("persoon-2", Lader("y"), default));
        Assert.Equal("x", await cache.LeesAsync("persoon-1", Lader("z"), default));
    }

    [Fact]
    public async Task Zonder_stempel_wordt_elke_keer_geladen()
    {
        _stempel.Waarde = null;
        var cache = new Stempelcache<int, string>(_stempel);

        await cache.LeesAsync(1, Lader("een"), default);
        await cache.LeesAsync(1, Lader("een"), default);

        Assert.Equal(2, _ladingen);
    }

    [Fact]
    public async Task Gelijktijdige_lezers_delen_een_lading()
    {
        var cache = new Stempelcache<int, string>(_stempel);
        var poort = new TaskCompletionSource();
        async Task<string> Traag()
        {
            Interlocked.Increment(ref _ladingen);
            await poort.Task;
            return "gedeeld";
        }

        var lezers = Enumerable.Range(0, 8).Select(_ => cache.LeesAsync(1, Traag, default)).ToList();
        poort.SetResult();

        Assert.All(await Task.WhenAll(lezers), w => Assert.Equal("gedeeld", w));
        Assert.Equal(1, _ladingen);
    }

    [Fact]
    public async Task Een_mislukte_lading_wordt_niet_bewaard()
    {
        var cache = new Stempelcache<int, string>(_stempel);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.LeesAsync(1, () => throw new InvalidOperationException("database weg"), default));

        Assert.Equal("daarna", await cache.LeesAsync(1, Lader("daarna"), default));
    }
}
