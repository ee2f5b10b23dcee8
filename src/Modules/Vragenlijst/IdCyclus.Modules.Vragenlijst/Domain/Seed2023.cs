namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// The 2023 questionnaire, reconstructed, and how the 2024 items relate to it. The sources hold no copy of the 2023
/// questionnaire and no list of changes: VGR2024 only says the 2024 version was "aangescherpt", that "de specifieke
/// wijzigingen kunnen worden opgevraagd bij het Bureau I&amp;D" (DISCREPANCIES B10), and that the question on inclusion in
/// the directie's own work "is meegenomen in de vragenlijst 2024" (bijlage 2.1). The report itself compares the 2023
/// and 2024 totals per directie. So: 2023 = the 2024 items without item 16, every other item assumed comparable, and
/// each item says which of the two it is and why, so the pages and the report can show the assumption.
/// </summary>
internal static class Seed2023
{
    /// <summary>The one item the sources name as new in 2024.</summary>
    public const string NieuwIn2024 = "16";

    public const string Naam = "Vragenlijst voortgangsrapportage actieplannen I&D 2023 (reconstructie)";

    public const string Herkomst =
        "Reconstructie: de vragenlijst van 2023 staat niet in de bronnen. Gelijk aan die van 2024 zonder vraag 16, "
        + "die volgens VGR2024 (bijlage 2.1) nieuw is in 2024.";

    public const string ToelichtingNieuw =
        "Nieuw in 2024, dus niet te vergelijken met 2023: \"De behoefte zicht te krijgen op hoe inclusie mee wordt genomen in het werk "
        + "wat directies doen en opleveren – Is meegenomen in de vragenlijst 2024\" (VGR2024, bijlage 2.1).";

    public const string ToelichtingZelfde =
        "Aangenomen gelijk aan dezelfde vraag van 2023 en dus vergeleken: het rapport van 2024 vergelijkt de totaalscores van 2023 en 2024, "
        + "en welke vragen zijn aangescherpt is niet vastgelegd (\"kunnen worden opgevraagd bij het Bureau I&D\", VGR2024 bijlage 2.2.1).";

    /// <summary>The reconstructed 2023 content: the 2024 items minus item 16, all new (there is no 2022 version).</summary>
    public static Vragenlijstinhoud Lees()
    {
        var inhoud2024 = Seed2024.Lees();
        return inhoud2024 with
        {
            Vragen = inhoud2024.Vragen
                .Where(v => v.Nummer != NieuwIn2024)
                .Select(v => v with { Koppeling = Koppeling.Nieuw, VorigNummer = null, KoppelingToelichting = null, Opmerking = MetHerkomst(v.Opmerking) })
                .ToList(),
        };
    }

    /// <summary>The 2024 content with every item linked to the reconstructed 2023 one, or new, each with its reason.</summary>
    public static Vragenlijstinhoud Koppel2024(Vragenlijstinhoud inhoud2024) => inhoud2024 with
    {
        Vragen = inhoud2024.Vragen
            .Select(v => v.Nummer == NieuwIn2024
                ? v with { Koppeling = Koppeling.Nieuw, VorigNummer = null, KoppelingToelichting = ToelichtingNieuw }
                : v with { Koppeling = Koppeling.Zelfde, VorigNummer = v.Nummer, KoppelingToelichting = ToelichtingZelfde })
            .ToList(),
    };

    private static string MetHerkomst(string? opmerking) => opmerking is null ? Herkomst : $"{Herkomst} {opmerking}";
}
