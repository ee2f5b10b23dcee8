using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Tests.Testgegevens;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class JaarvergelijkingTests
{
    [Fact]
    public void Alleen_vragen_die_gelijk_bleven_en_in_beide_jaren_zijn_beantwoord_worden_vergeleken()
    {
        var m = Momentopname([Interview(Bia, 3)], [Interview(Bia, 2, zonder: "5")]);

        var bia = Jaarvergelijkingen.Bereken(m).Single(v => v.Directie == Bia);

        Assert.True(bia.IsVergelijkbaar);
        Assert.Equal(14, bia.AantalVragen);
        Assert.Equal(["4", "5"], bia.NietVergeleken);
        Assert.Equal(47 - 3 - 3, bia.SomNu);
        Assert.Equal(32 - 2 - 2, bia.SomVorig);
        Assert.Equal(13, bia.Verschil);
    }

    [Fact]
    public void Elke_directie_zonder_vergelijking_krijgt_de_reden()
    {
        var m = Momentopname([Interview(Bia, 3), Interview(Fi, 2)], [Interview(Bia, 2), Interview(Com, 2)]);

        var redenen = Jaarvergelijkingen.Bereken(m).ToDictionary(v => v.Directie.Afkorting, v => v.Reden);

        Assert.Null(redenen["BIA"]);
        Assert.Equal("geen definitief interview in 2023 (nam toen niet deel of bestond nog niet)", redenen["F&I"]);
        Assert.Equal("geen definitief interview in 2024", redenen["Com"]);
        Assert.Equal("geen definitief interview in 2024", redenen["GGD"]);
    }

    [Fact]
    public void Zonder_vragenlijst_van_vorig_jaar_is_niets_vergelijkbaar()
    {
        var m = Momentopname([Interview(Bia, 3)], [Interview(Bia, 2)]) with { VorigeVragenlijst = null };

        Assert.Equal("geen vragenlijst van 2023 in IdCyclus", Jaarvergelijkingen.Bereken(m).Single(v => v.Directie == Bia).Reden);
    }

    [Fact]
    public void Als_elke_vraag_nieuw_is_is_er_geen_vergelijkbare_score()
    {
        var nieuw = Vragenlijstversie(2024, Nummers.Select(n => (n, "nieuw")).ToArray());

        var v = Jaarvergelijkingen.Vergelijk(Bia, nieuw, Interview(Bia, 3), Vragenlijstversie(2023), Interview(Bia, 2));

        Assert.False(v.IsVergelijkbaar);
        Assert.Null(v.Verschil);
        Assert.Equal("geen enkele vraag is in beide jaren op dezelfde manier gesteld en beantwoord", v.Reden);
    }
}
