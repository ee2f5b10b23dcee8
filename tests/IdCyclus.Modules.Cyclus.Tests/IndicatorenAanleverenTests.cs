using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Indicatoren.Contracts;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>The data-analist's task completes only when every indicator of the year has a figure or an explained gap.</summary>
public sealed class IndicatorenAanleverenTests
{
    private sealed class NepIndicatoren(params IndicatorAanlevering[] indicatoren) : IIndicatorenQueries
    {
        public Task<Aanleverstatus> AanleverstatusAsync(int jaar, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Aanleverstatus(jaar, indicatoren));

        public Task<IReadOnlyList<IndicatordefinitieGegevens>> DefinitiesAsync(int jaar, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<IndicatordefinitieGegevens>>([]);

        public Task<IReadOnlyList<IndicatorwaardeGegevens>> WaardenAsync(int vanJaar, int totJaar, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<IndicatorwaardeGegevens>>([]);
    }

    private static Task<IdCyclus.Workflows.Runtime.FormulierUitkomst> VoltooiAsync(params IndicatorAanlevering[] indicatoren) =>
        new IndicatorenAanleverenFormulier(new NepIndicatoren(indicatoren), new NepCyclusjaar(2025))
            .VerwerkAsync(Formuliercontext.Voor(null, NepOrganisatie.Projectleider), Formuliercontext.Velden(), CancellationToken.None);

    [Fact]
    public async Task Met_een_ontbrekende_indicator_wordt_de_taak_geweigerd_met_wat_ontbreekt()
    {
        var uitkomst = await VoltooiAsync(
            new("jongeren", "Percentage jongeren", 2025, 12, 0),
            new("migratieachtergrond_schaal12plus", "Migratieachtergrond", 2024, 0, 0));

        var fout = Assert.Single(uitkomst.Fouten);
        Assert.Equal(
            "Nog niet alle indicatoren van 2025 zijn aangeleverd. Ontbreekt: Migratieachtergrond (2024). "
            + "Importeer ze op /indicatoren/importeren, of lever '.' (gegevens ontbreken) met een toelichting aan.",
            fout.Melding);
    }

    [Fact]
    public async Task Een_verklaard_ontbreken_telt_als_aangeleverd()
    {
        var uitkomst = await VoltooiAsync(new("jongeren", "Percentage jongeren", 2025, 12, 0), new("aantal_medewerkers", "Aantal medewerkers", 2025, 0, 1));

        Assert.Empty(uitkomst.Fouten);
        Assert.Equal("Indicatoren van 2025 aangeleverd: 12 cijfers, 1 verklaard ontbrekend.", uitkomst.Samenvatting);
    }

    [Fact]
    public async Task Zonder_indicatordefinities_wordt_de_taak_geweigerd()
    {
        var uitkomst = await VoltooiAsync();

        Assert.Equal("Er zijn geen indicatoren gedefinieerd voor 2025.", Assert.Single(uitkomst.Fouten).Melding);
    }
}
