using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Indicatoren.Indicatorenhulp;

namespace IdCyclus.Tests.Integration.Indicatoren;

/// <summary>What the cycle's task asks: on the 2024 demo figures only the groeipanel (rounds 2021 and 2022/2023) lacks a 2024 figure.</summary>
public abstract class AanleverstatusTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private Task<Aanleverstatus> StatusAsync(int jaar) =>
        Fabriek.MetDienstAsync(diensten => diensten.GetRequiredService<IIndicatorenQueries>().AanleverstatusAsync(jaar));

    [Fact]
    public async Task Elke_indicator_telt_met_zijn_peiljaar_en_een_cbs_teken_is_een_verklaard_ontbreken()
    {
        var status = await StatusAsync(2024);

        Assert.False(status.IsCompleet);
        Assert.Equal(["groeipanel"], status.Ontbrekend.Select(i => i.IndicatorId));
        Assert.Equal(2023, status.Indicatoren.Single(i => i.IndicatorId == "migratieachtergrond_schaal12plus").Peiljaar);
        var medewerkers = status.Indicatoren.Single(i => i.IndicatorId == "aantal_medewerkers");
        Assert.Equal((0, 1), (medewerkers.AantalWaarden, medewerkers.AantalVerklaard));

        using var bureau = await BureauAsync(Fabriek);
        await ImporteerAsync(bureau, "indicator;eenheid;periode;waarde;toelichting\ngroeipanel;WPI;2024;nvt;geen ronde in 2024\n");

        Assert.True((await StatusAsync(2024)).IsCompleet);
    }
}

public sealed class AanleverstatusTests_Sqlite(SqliteFabriek fabriek) : AanleverstatusTests<SqliteFabriek>(fabriek);

public sealed class AanleverstatusTests_Postgres(PostgresFabriek fabriek) : AanleverstatusTests<PostgresFabriek>(fabriek);
