using IdCyclus.Modules.Vragenlijst.Domain;

namespace IdCyclus.Modules.Vragenlijst.Tests.Domain;

public sealed class JaarvergelijkingTests
{
    private static readonly Vragenlijstinhoud Inhoud2023 = Seed2023.Lees();

    private static readonly Vragenlijstinhoud Inhoud2024 = Seed2023.Koppel2024(Seed2024.Lees());

    private static Dictionary<string, Antwoord> Alle(Vragenlijstinhoud inhoud, int score, params string[] zonder) =>
        inhoud.GescoordeVragen.Where(v => !zonder.Contains(v.Nummer)).ToDictionary(v => v.Nummer, _ => new Antwoord(Score: score));

    [Fact]
    public void Zonder_interview_vorig_jaar_is_de_reden_de_vastgelegde_of_anders_het_ontbrekende_interview()
    {
        Assert.Equal("geen definitief interview in 2023", Jaarvergelijking.WaaromNiet(null, 2024, null));
        Assert.Equal("Nam in 2023 niet deel.", Jaarvergelijking.WaaromNiet(null, 2024, "Nam in 2023 niet deel."));
    }

    [Fact]
    public void Twee_complete_jaren_zijn_vergelijkbaar()
    {
        var vergelijking = Scoring.VergelijkMetVorigJaar(Inhoud2024, Alle(Inhoud2024, 2), Inhoud2023, Alle(Inhoud2023, 1));

        Assert.Null(Jaarvergelijking.WaaromNiet(vergelijking, 2024, null));
    }

    [Fact]
    public void Ontbrekende_antwoorden_dit_jaar_maken_de_directie_niet_vergelijkbaar_zoals_zuidoost_in_het_rapport()
    {
        var vergelijking = Scoring.VergelijkMetVorigJaar(
            Inhoud2024, Alle(Inhoud2024, 2, "12", "13", "14a", "14b", "15"), Inhoud2023, Alle(Inhoud2023, 1));

        Assert.Equal("gegevens van 2024 niet compleet: vragen 12, 13, 14a, 14b en 15 ontbreekt", Jaarvergelijking.WaaromNiet(vergelijking, 2024, null));
    }

    [Fact]
    public void Een_ontbrekend_antwoord_vorig_jaar_wordt_bij_naam_genoemd()
    {
        var vergelijking = Scoring.VergelijkMetVorigJaar(Inhoud2024, Alle(Inhoud2024, 2), Inhoud2023, Alle(Inhoud2023, 1, "9"));

        Assert.Equal("gegevens van 2023 niet compleet: vraag 9 ontbreekt", Jaarvergelijking.WaaromNiet(vergelijking, 2024, null));
    }

    [Fact]
    public void Zonder_vergelijkbare_vraag_geeft_de_vergelijking_haar_eigen_melding()
    {
        var allesNieuw = Seed2024.Lees();
        var vergelijking = Scoring.VergelijkMetVorigJaar(allesNieuw, Alle(allesNieuw, 2), Inhoud2023, Alle(Inhoud2023, 1));

        Assert.Equal("Geen enkele vraag is met vorig jaar te vergelijken.", Jaarvergelijking.WaaromNiet(vergelijking, 2024, null));
    }
}
