using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Tests.Testgegevens;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class IndicatorcijfersTests
{
    [Fact]
    public void Migratieachtergrond_van_het_peiljaar_met_het_tekort_op_30_procent()
    {
        var m = Momentopname(waarden:
        [
            Waarde("migratieachtergrond_schaal12plus", "bedrijfsvoering", "2023", 21),
            Waarde("migratieachtergrond_schaal12plus", "bedrijfsvoering", "2024", 40),
        ]);

        var cijfer = Indicatorcijfers.MigratieachtergrondVan(m, Bedrijfsvoering);

        Assert.Equal(2023, cijfer.Peiljaar);
        Assert.Equal(21, cijfer.Waarde);
        Assert.Equal(30, cijfer.Streefcijfer);
        Assert.Equal(-9, cijfer.Verschil);
    }

    [Fact]
    public void Zonder_cijfer_is_er_geen_tekort_maar_wel_het_cbs_teken()
    {
        var m = Momentopname(waarden: [Waarde("migratieachtergrond_schaal12plus", "sociaal", "2023", null, "x")]);

        var cijfer = Indicatorcijfers.MigratieachtergrondVan(m, Sociaal);

        Assert.False(cijfer.IsBekend);
        Assert.Null(cijfer.Verschil);
        Assert.Equal("x", cijfer.Symbool);
    }

    [Fact]
    public void Jongeren_voldoet_vanaf_20_procent_en_zonder_cijfer_is_het_onbekend()
    {
        var m = Momentopname(waarden: [Waarde("jongeren", Bia.Id.ToString(), "2024", 20), Waarde("jongeren", Fi.Id.ToString(), "2024", 19.9m)]);

        var jongeren = Indicatorcijfers.JongerenVan(m, Bedrijfsvoering).ToDictionary(j => j.Directie.Afkorting, j => j.Status);

        Assert.Equal(Jongerenstatus.Voldoet, jongeren["BIA"]);
        Assert.Equal(Jongerenstatus.BlijftAchter, jongeren["F&I"]);
        Assert.Equal(Jongerenstatus.Onbekend, jongeren["Com"]);
    }

    [Fact]
    public void Banen_per_maand_op_volgorde_en_het_quotum_als_breukgetal()
    {
        var m = Momentopname(waarden:
        [
            Waarde("banenafspraak_gerealiseerd", "bedrijfsvoering", "2024-04", 50), Waarde("banenafspraak_gerealiseerd", "bedrijfsvoering", "2024-01", 53),
            Waarde("banenafspraak_quotum", "bedrijfsvoering", "2024", 86.11m),
        ]);

        Assert.Equal([new Maandstand("2024-01", 53), new Maandstand("2024-04", 50)], Indicatorcijfers.BanenPerMaand(m, Bedrijfsvoering));
        Assert.Equal(86.11m, Indicatorcijfers.Quotum(m, "bedrijfsvoering"));
    }

    [Fact]
    public void Groeipanel_onbekend_is_niet_hetzelfde_als_nee()
    {
        var m = Momentopname(waarden:
            [Waarde("groeipanel", Bia.Id.ToString(), "2021", null, "ja"), Waarde("groeipanel", Bia.Id.ToString(), "2023", null, "nee")]);

        var deelname = Indicatorcijfers.GroeipanelVan(m, Bedrijfsvoering).ToDictionary(g => g.Directie.Afkorting);

        Assert.Equal((true, false), (deelname["BIA"].Ronde2021, deelname["BIA"].Ronde2022));
        Assert.Equal((null, null), (deelname["F&I"].Ronde2021, deelname["F&I"].Ronde2022));
    }

    [Fact]
    public void Medewerkers_van_groot_naar_klein_met_ontbrekende_achteraan()
    {
        var m = Momentopname(waarden:
            [Waarde("aantal_medewerkers", Bia.Id.ToString(), "2024", 120), Waarde("aantal_medewerkers", Com.Id.ToString(), "2024", 400)]);

        Assert.Equal(["Com", "BIA", "F&I"], Indicatorcijfers.MedewerkersVan(m, Bedrijfsvoering).Select(x => x.Directie.Afkorting));
    }
}
