using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

public sealed class TermijnenTests
{
    private static readonly Dictionary<string, DateOnly> GeenAnkers = [];

    private static Termijn Lees(string tekst)
    {
        Assert.True(Termijnen.ProbeerLees(tekst, out var termijn), tekst);
        return termijn;
    }

    [Theory]
    [InlineData("binnen 3 maanden na goedkeuring", 3, "Maand", "goedkeuring")]
    [InlineData("binnen zes maanden na aanvang van het project", 6, "Maand", "aanvang van het project")]
    [InlineData("Binnen één maand na goedkeuring van de communicatiestrategie.", 1, "Maand", "goedkeuring van de communicatiestrategie")]
    [InlineData("binnen de komende 2 maanden", 2, "Maand", null)]
    [InlineData("binnen 10 dagen", 10, "Dag", null)]
    [InlineData("binnen twee weken na de kick-off", 2, "Week", "de kick-off")]
    [InlineData("binnen 1 jaar", 1, "Jaar", null)]
    public void Relatieve_termijnen_worden_als_zodanig_gelezen(string tekst, int aantal, string eenheid, string? anker)
    {
        var termijn = Lees(tekst);

        Assert.True(termijn.IsRelatief);
        Assert.Equal((aantal, eenheid, anker), (termijn.Aantal, termijn.Eenheid.ToString(), termijn.Anker));
    }

    [Theory]
    [InlineData("2024-06-30")]
    [InlineData("30-06-2024")]
    public void Een_datum_is_een_vaste_termijn(string tekst)
    {
        var termijn = Lees(tekst);

        Assert.Equal(new DateOnly(2024, 6, 30), termijn.Datum);
        Assert.Equal(new DateOnly(2024, 6, 30), Termijnen.Los(termijn, GeenAnkers, null).Datum);
    }

    [Theory]
    [InlineData("zo snel mogelijk")]
    [InlineData("binnen 0 maanden")]
    [InlineData("binnen veel maanden")]
    [InlineData("2024-02-30")]
    [InlineData("binnen 3 eeuwen")]
    [InlineData("  ")]
    public void Onleesbare_termijnen_worden_geweigerd(string tekst)
    {
        Assert.False(Termijnen.ProbeerLees(tekst, out _));
    }

    [Fact]
    public void Na_goedkeuring_is_onbekend_tot_het_plan_is_goedgekeurd()
    {
        var termijn = Lees("binnen 3 maanden na goedkeuring van het plan");

        var voor = Termijnen.Los(termijn, GeenAnkers, new DateOnly(2024, 10, 1));
        var na = Termijnen.Los(termijn, new Dictionary<string, DateOnly> { ["goedkeuring"] = new(2024, 5, 15) }, new DateOnly(2024, 10, 1));

        Assert.Null(voor.Datum);
        Assert.Contains("nog niet bekend", voor.Uitleg);
        Assert.Equal(new DateOnly(2024, 8, 15), na.Datum);
        Assert.Contains("15 mei 2024", na.Uitleg);
    }

    [Fact]
    public void Een_eigen_anker_wordt_op_naam_opgezocht_ongeacht_hoofdletters()
    {
        var termijn = Lees("binnen zes maanden na aanvang van het project");

        var opgelost = Termijnen.Los(termijn, new Dictionary<string, DateOnly> { ["Aanvang van het project"] = new(2024, 4, 1) }, null);

        Assert.Equal(new DateOnly(2024, 10, 1), opgelost.Datum);
    }

    [Fact]
    public void Zonder_anker_telt_de_termijn_vanaf_het_begin_van_het_geplande_kwartaal()
    {
        var opgelost = Termijnen.Los(Lees("binnen 2 maanden"), GeenAnkers, Termijnen.KwartaalBegin("2024-Q4"));

        Assert.Equal(new DateOnly(2024, 12, 1), opgelost.Datum);
        Assert.Contains("begin van het geplande kwartaal", opgelost.Uitleg);
    }

    [Fact]
    public void Zonder_anker_en_zonder_kwartaal_is_de_termijn_nog_niet_te_bepalen()
    {
        Assert.Null(Termijnen.Los(Lees("binnen 2 maanden"), GeenAnkers, null).Datum);
    }

    [Fact]
    public void Maanden_tellen_op_de_kalender_ook_aan_het_eind_van_een_maand()
    {
        var opgelost = Termijnen.Los(Lees("binnen 1 maand na goedkeuring"), new Dictionary<string, DateOnly> { ["goedkeuring"] = new(2024, 1, 31) }, null);

        Assert.Equal(new DateOnly(2024, 2, 29), opgelost.Datum);
    }

    [Theory]
    [InlineData("2024-Q1", 2024, 1, 1, 2024, 3, 31)]
    [InlineData("2025-Q4", 2025, 10, 1, 2025, 12, 31)]
    public void Kwartalen_hebben_een_begin_en_een_einde(string kwartaal, int j1, int m1, int d1, int j2, int m2, int d2)
    {
        Assert.Equal(new DateOnly(j1, m1, d1), Termijnen.KwartaalBegin(kwartaal));
        Assert.Equal(new DateOnly(j2, m2, d2), Termijnen.KwartaalEinde(kwartaal));
    }

    [Theory]
    [InlineData("Kwartaal 2")]
    [InlineData("2024-Q5")]
    [InlineData("2024Q2")]
    public void Andere_kwartaalnotaties_worden_niet_herkend(string tekst)
    {
        Assert.Null(Termijnen.KwartaalBegin(tekst));
    }
}
