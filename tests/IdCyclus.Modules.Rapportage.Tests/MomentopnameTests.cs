using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Tests.Testgegevens;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class MomentopnameTests
{
    [Fact]
    public void Dezelfde_gegevens_geven_dezelfde_hash_ook_na_opslaan_en_teruglezen()
    {
        var m = Momentopname([Interview(Bia, 3)], waarden: [Waarde("jongeren", Bia.Id.ToString(), "2024", 21)]);

        Assert.Equal(m.Hash(), Momentopname([Interview(Bia, 3)], waarden: [Waarde("jongeren", Bia.Id.ToString(), "2024", 21)]).Hash());
        Assert.Equal(m.Hash(), IdCyclus.Modules.Rapportage.Domain.Momentopname.VanJson(m.NaarJson()).Hash());
        Assert.Matches("^[0-9a-f]{64}$", m.Hash());
    }

    [Fact]
    public void Een_gewijzigde_score_geeft_een_andere_hash()
    {
        Assert.NotEqual(Momentopname([Interview(Bia, 3)]).Hash(), Momentopname([Interview(Bia, 3).Met("11", 2)]).Hash());
    }

    [Fact]
    public void Een_nieuwe_momentopname_noemt_wat_er_veranderde()
    {
        var oud = Momentopname([Interview(Bia, 2)], waarden: [Waarde("migratieachtergrond_schaal12plus", "bedrijfsvoering", "2023", 21)]);
        var nieuw = Momentopname([Interview(Bia, 2).Met("11", 3), Interview(Fi, 1)],
            waarden: [Waarde("migratieachtergrond_schaal12plus", "bedrijfsvoering", "2023", 22), Waarde("jongeren", "sociaal", "2024", 25)]);

        var wijzigingen = Momentopnameverschil.Bepaal(oud, nieuw);

        Assert.Equal(
        [
            "Interview 2024 BIA: vraag 11 2 → 3.",
            "Interview 2024 F&I: nieuw definitief.",
            "Indicator jongeren, sociaal, 2024: nieuw (25).",
            "Indicator migratieachtergrond_schaal12plus, bedrijfsvoering, 2023: 21 → 22.",
        ], wijzigingen);
    }

    [Fact]
    public void Een_nieuw_afwijkend_beeld_wordt_als_wijziging_genoemd()
    {
        var oud = Momentopname([Interview(Bia, 2)]);
        var nieuw = Momentopname([Interview(Bia, 2) with { AfwijkendBeeld = true }]);

        Assert.Equal(["Interview 2024 BIA: de accounthouder ziet nu een afwijkend beeld."], Momentopnameverschil.Bepaal(oud, nieuw));
        Assert.NotEqual(oud.Hash(), nieuw.Hash());
    }

    [Fact]
    public void Zonder_verschil_is_de_lijst_leeg()
    {
        Assert.Empty(Momentopnameverschil.Bepaal(Momentopname([Interview(Bia, 2)]), Momentopname([Interview(Bia, 2)])));
    }
}

public sealed class BevindingenTests
{
    [Fact]
    public void Het_gemeentequotum_dat_niet_de_som_van_de_clusters_is_wordt_getoond()
    {
        var m = Momentopname(waarden:
        [
            Waarde("banenafspraak_quotum", "gemeente", "2024", 232.76m), Waarde("banenafspraak_quotum", "bedrijfsvoering", "2024", 86.11m),
            Waarde("banenafspraak_quotum", "sociaal", "2024", 142.44m),
        ]);

        Assert.Contains(
            Bevindingen.Bepaal(m), b => b.Contains("(232,76) is niet gelijk aan de som van de clusterquota (228,55); verschil 4,21", StringComparison.Ordinal));
    }

    [Fact]
    public void Twee_secties_met_hetzelfde_percentage_migratieachtergrond_worden_genoemd()
    {
        var m = Momentopname(waarden:
        [
            Waarde("migratieachtergrond_schaal12plus", "bedrijfsvoering", "2023", 16),
            Waarde("migratieachtergrond_schaal12plus", "sociaal", "2023", 16),
        ]);

        Assert.Contains(
            Bevindingen.Bepaal(m),
            b => b.StartsWith("Bedrijfsvoering en Sociaal hebben hetzelfde percentage migratieachtergrond (16%)", StringComparison.Ordinal));
    }

    [Fact]
    public void Onvolledige_interviews_en_directies_zonder_interview_worden_genoemd()
    {
        var bevindingen = Bevindingen.Bepaal(Momentopname([Interview(Bia, 3), Interview(Fi, 2, zonder: ["12", "15"])]));

        Assert.Contains(
            "Het interview van F&I is onvolledig (vraag 12, 15 ontbreekt): er is geen totaalscore en de directie telt niet mee in de gemiddelden.",
            bevindingen);
        Assert.Contains("Zonder definitief interview in 2024 (2): Com, GGD.", bevindingen);
    }
}
