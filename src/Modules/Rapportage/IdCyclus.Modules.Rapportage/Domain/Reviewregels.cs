using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>The werkgroep review's rules: a deadline in the future, a comment on an existing block, a note when resolving.</summary>
internal static class Reviewregels
{
    public const int MaxOpmerking = 4000;

    public static IReadOnlyList<Fout> ControleerStart(DateOnly? deadline, DateOnly vandaag) => deadline switch
    {
        null => [new Fout("Deadline", "Vul de deadline van de review in, bijvoorbeeld 15-09-2024.")],
        { } d when d <= vandaag => [new Fout("Deadline", "De deadline moet na vandaag liggen.")],
        _ => [],
    };

    public static IReadOnlyList<Fout> ControleerOpmerking(string? sleutel, string? tekst, IEnumerable<string> blokken, bool rondeOpen)
    {
        var fouten = new List<Fout>();
        if (!rondeOpen)
        {
            fouten.Add(new Fout("Tekst", "Er loopt geen review (meer); opmerkingen kunnen alleen tot en met de deadline."));
        }

        if (string.IsNullOrWhiteSpace(sleutel) || !blokken.Contains(sleutel))
        {
            fouten.Add(new Fout("Sleutel", "Kies het tekstblok waar de opmerking over gaat."));
        }

        if (string.IsNullOrWhiteSpace(tekst))
        {
            fouten.Add(new Fout("Tekst", "Schrijf de opmerking."));
        }
        else if (tekst.Length > MaxOpmerking)
        {
            fouten.Add(new Fout("Tekst", $"De opmerking is {tekst.Length} tekens; het maximum is {MaxOpmerking}."));
        }

        return fouten;
    }

    public static bool IsOpen(DateOnly deadline, DateOnly vandaag) => vandaag <= deadline;
}
