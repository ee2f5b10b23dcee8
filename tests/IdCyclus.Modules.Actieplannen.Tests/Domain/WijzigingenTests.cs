using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

public sealed class WijzigingenTests
{
    [Fact]
    public void Gelijke_versies_hebben_geen_wijzigingen()
    {
        Assert.Empty(Wijzigingen.Beschrijf(Bouwer.Plan(), Bouwer.Plan()));
    }

    [Fact]
    public void Acties_worden_op_id_vergeleken_en_in_woorden_beschreven()
    {
        var oud = Bouwer.Plan(Bouwer.Actie("1.1"), Bouwer.Actie("1.2"));
        var nieuw = Bouwer.Plan(Bouwer.Actie("1.1", "2024-Q3"), Bouwer.Actie("1.3"));

        var zinnen = Wijzigingen.Beschrijf(oud, nieuw);

        Assert.Contains("Actie 1.3 'Actie 1.3' toegevoegd, gepland in 2024-Q2.", zinnen);
        Assert.Contains("Actie 1.2 'Actie 1.2' verwijderd.", zinnen);
        Assert.Contains("Actie 1.1 'Actie 1.1': kwartaal van '2024-Q2' naar '2024-Q3'.", zinnen);
    }

    [Fact]
    public void Begroting_en_doelen_worden_in_woorden_beschreven()
    {
        var oud = Bouwer.Plan();
        var nieuw = oud with
        {
            Doelen = [oud.Doelen[0], new Doel("Toegankelijk werken", 1, [Bouwer.Actie("2.1")])],
            Begroting = new Begroting(
                [new Begrotingsregel("Training", null, 150_000, null, false), new Begrotingsregel("Evenementen", null, 50_000, null, false)], []),
        };

        var zinnen = Wijzigingen.Beschrijf(oud, nieuw);

        Assert.Contains("Doel 'Toegankelijk werken' toegevoegd.", zinnen);
        Assert.Contains("Begrotingsregel 'Evenementen' toegevoegd (€ 500).", zinnen);
        Assert.Contains("Begrotingsregel 'Training' gewijzigd van € 1.000 naar € 1.500.", zinnen);
        Assert.Contains("Totaal van de begroting gewijzigd van € 1.000 naar € 2.000.", zinnen);
    }
}
