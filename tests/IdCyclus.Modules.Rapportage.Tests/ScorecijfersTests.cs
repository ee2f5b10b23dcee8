using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Tests.Testgegevens;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class ScorecijfersTests
{
    [Fact]
    public void Een_volledig_interview_telt_op_tot_47_met_29_randvoorwaarden_en_18_themas()
    {
        var score = Scorecijfers.Score(Vragenlijstversie(2024), Bia, Interview(Bia, 3));

        Assert.Equal(47, score.Totaal);
        Assert.Equal(47, score.Max);
        Assert.Equal(29, score.Randvoorwaarden);
        Assert.Equal(18, score.Themas);
        Assert.Empty(score.Ontbreekt);
    }

    [Fact]
    public void Een_ontbrekende_vraag_geeft_geen_totaal_en_telt_niet_als_nul()
    {
        var score = Scorecijfers.Score(Vragenlijstversie(2024), Com, Interview(Com, 2, zonder: ["12", "13"]));

        Assert.Null(score.Totaal);
        Assert.Equal(28, score.Som);
        Assert.Equal(20, score.Randvoorwaarden);
        Assert.Null(score.Themas);
        Assert.Equal(["12", "13"], score.Ontbreekt);
    }

    [Fact]
    public void Het_gemiddelde_gaat_over_volledige_interviews_en_noemt_wie_niet_meetelt()
    {
        var m = Momentopname([Interview(Bia, 3), Interview(Fi, 2), Interview(Com, 2, zonder: "12")]);

        var gemiddelde = Scorecijfers.Gemiddelde(Scorecijfers.Scores(m));

        Assert.Equal(39.5m, gemiddelde.Waarde);
        Assert.Equal(2, gemiddelde.Aantal);
        var weg = Assert.Single(gemiddelde.Weggelaten);
        Assert.Equal(Com, weg.Directie);
        Assert.Equal("onvolledig: vraag 12 ontbreekt", weg.Reden);
    }

    [Fact]
    public void Zonder_interviews_is_er_geen_gemiddelde()
    {
        Assert.Null(Scorecijfers.Gemiddelde([]).Waarde);
    }

    [Fact]
    public void Op_orde_is_de_hoogste_score_en_bij_visie_ambitie_al_bij_2()
    {
        var scores = Scorecijfers.Scores(Momentopname([Interview(Bia, 3), Interview(Fi, 2)]));

        var opOrde = Scorecijfers.OpOrdePerVraag(Vragenlijstversie(2024), scores).ToDictionary(o => o.Nummer);

        Assert.Equal(10, opOrde.Count);
        Assert.Equal((1, 2), (opOrde["1"].OpOrdeAantal, opOrde["1"].Beantwoord));
        Assert.Equal(50m, opOrde["1"].Percentage);
        Assert.Equal(100m, opOrde["6"].Percentage);
        Assert.Equal((1, 2), Scorecijfers.AllesOpOrde(Vragenlijstversie(2024), scores));
    }

    [Fact]
    public void Op_orde_per_sectie_telt_alleen_de_directies_van_die_sectie_en_een_ontbrekend_antwoord_in_geen_van_beide()
    {
        var m = Momentopname([Interview(Bia, 3), Interview(Fi, 2, zonder: "1"), Interview(Ggd, 1)]);
        var scores = Scorecijfers.Scores(m);

        var bedrijfsvoering = Scorecijfers.OpOrdePerVraag(m.Vragenlijst!, scores.Where(s => s.Directie.SectieId == Bedrijfsvoering.Id))
            .Single(o => o.Nummer == "1");
        var alle = Scorecijfers.OpOrdePerVraag(m.Vragenlijst!, scores).Single(o => o.Nummer == "1");

        Assert.Equal((1, 1), (bedrijfsvoering.OpOrdeAantal, bedrijfsvoering.Beantwoord));
        Assert.Equal((1, 2), (alle.OpOrdeAantal, alle.Beantwoord));
    }

    [Fact]
    public void De_themas_worden_verdeeld_over_de_niveaus_van_de_vragenlijst()
    {
        var scores = Scorecijfers.Scores(Momentopname([Interview(Bia, 3), Interview(Fi, 2), Interview(Ggd, 1), Interview(Com, 0, zonder: "11")]));

        var themas = Scorecijfers.Themas(Vragenlijstversie(2024), scores);

        Assert.Equal(["11", "12", "13", "14a", "14b", "15"], themas.Select(t => t.Nummer));
        var elf = themas[0];
        Assert.Equal(3, elf.Beantwoord);
        Assert.Equal([("nog niet of beperkt begonnen", 1), ("gestart", 1), ("eerste resultaten behaald", 1)], elf.Groepen);
        var twaalf = themas[1];
        Assert.Equal(4, twaalf.Beantwoord);
        Assert.Equal(50m, twaalf.Percentage("nog niet of beperkt begonnen"));
        Assert.Equal(25m, twaalf.Percentage("eerste resultaten behaald"));
    }
}
