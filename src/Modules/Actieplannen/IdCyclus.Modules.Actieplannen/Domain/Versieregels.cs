using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Domain;

internal enum VersieStatus
{
    Concept,
    Ingediend,
    Goedgekeurd,
}

internal sealed record Versiestand(int Nummer, VersieStatus Status);

/// <summary>Where an edit goes: into the open concept, or into a new concept copied from the approved version.</summary>
internal sealed record Bewerkdoel(int Nummer, bool IsNieuw);

/// <summary>
/// The life of a plan's versions: the trekker edits a concept; submitting hands it to the directeur; approving freezes
/// it with its date; sending back reopens it as a concept. The next edit after an approval starts a new concept, so an
/// approved version never changes.
/// </summary>
internal static class Versieregels
{
    public static Resultaat<Bewerkdoel> Bewerken(Versiestand? laatste) => laatste switch
    {
        null => Resultaat<Bewerkdoel>.Gelukt(new Bewerkdoel(1, true)),
        { Status: VersieStatus.Concept } => Resultaat<Bewerkdoel>.Gelukt(new Bewerkdoel(laatste.Nummer, false)),
        { Status: VersieStatus.Goedgekeurd } => Resultaat<Bewerkdoel>.Gelukt(new Bewerkdoel(laatste.Nummer + 1, true)),
        _ => Resultaat<Bewerkdoel>.Mislukt("Versie",
            $"Versie {laatste.Nummer} ligt ter goedkeuring bij de directeur. U kunt weer wijzigen als de directeur haar heeft goedgekeurd of teruggestuurd."),
    };

    /// <summary>A concept cannot call itself approved by the MT: that status is what approval gives it.</summary>
    public static IReadOnlyList<Fout> ControleerConcept(Planinhoud inhoud)
    {
        var fouten = Planregels.Controleer(inhoud).ToList();
        if (inhoud.Status == PlanStatus.VolledigPlanGeaccordeerd)
        {
            fouten.Add(new Fout("status",
                "Een concept kan niet de status 'volledig plan, geaccordeerd door het MT' hebben; die krijgt het plan wanneer de directeur het goedkeurt."));
        }

        return fouten;
    }

    public static IReadOnlyList<Fout> Indienen(Versiestand? laatste, Planinhoud inhoud)
    {
        if (laatste is not { Status: VersieStatus.Concept })
        {
            return [new Fout("Versie", laatste is null
                ? "Er is nog geen concept om in te dienen."
                : laatste.Status == VersieStatus.Ingediend
                    ? $"Versie {laatste.Nummer} is al ingediend en wacht op de directeur."
                    : $"Versie {laatste.Nummer} is al goedgekeurd; wijzig het plan eerst om een nieuwe versie te maken.")];
        }

        var fouten = ControleerConcept(inhoud).ToList();
        if (!inhoud.AlleActies().Any())
        {
            fouten.Add(new Fout("doelen", "Een plan dat de directeur kan goedkeuren heeft ten minste één doel met één actie."));
        }

        foreach (var (actie, pad) in MetPad(inhoud).Where(a => string.IsNullOrWhiteSpace(a.Actie.Kwartaal)))
        {
            fouten.Add(new Fout($"{pad}.kwartaal", $"Actie '{actie.Titel}' heeft nog geen gepland kwartaal."));
        }

        return fouten;
    }

    public static IReadOnlyList<Fout> Beoordelen(Versiestand? laatste, int gezien, bool goedkeuren, string? opmerking)
    {
        if (laatste is not { Status: VersieStatus.Ingediend })
        {
            return [new Fout("Versie", "Er ligt geen versie van dit plan ter goedkeuring.")];
        }

        if (gezien != laatste.Nummer)
        {
            return [new Fout("Versie", $"U bekeek versie {gezien}, maar ter goedkeuring ligt versie {laatste.Nummer}. Bekijk die eerst.")];
        }

        if (!goedkeuren && string.IsNullOrWhiteSpace(opmerking))
        {
            return [new Fout("Opmerking", "Schrijf bij het terugsturen wat de trekker moet aanpassen.")];
        }

        return opmerking?.Length > Planregels.MaxLangeTekst
            ? [new Fout("Opmerking", $"De opmerking is {opmerking.Length} tekens lang; het maximum is {Planregels.MaxLangeTekst}.")]
            : [];
    }

    /// <summary>Approval makes the plan "geaccordeerd" and fixes the anchor that "… na goedkeuring" counts from.</summary>
    public static Planinhoud NaGoedkeuring(Planinhoud inhoud, DateOnly datum) => inhoud with
    {
        Status = PlanStatus.VolledigPlanGeaccordeerd,
        Ankers = new Dictionary<string, DateOnly>(inhoud.Ankers, StringComparer.OrdinalIgnoreCase) { [Termijnen.Goedkeuring] = datum },
    };

    public static IEnumerable<(Actie Actie, string Pad)> MetPad(Planinhoud inhoud) =>
        inhoud.Doelen.SelectMany((d, i) => d.Acties.Select((a, j) => (a, $"doelen[{i}].acties[{j}]")));
}
