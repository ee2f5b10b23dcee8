using IdCyclus.Shared;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>The last recorded progress of an action.</summary>
internal sealed record Voortgang(ActieStatus Status, string? Notitie, DateTime BijgewerktOpUtc);

/// <summary>An action's due date and whether it is late on a given day.</summary>
internal sealed record Actiestand(Actie Actie, ActieStatus Status, DateOnly? Vervaldatum, string VervalUitleg, bool IsAchterstallig);

internal static class Voortgangsregels
{
    public const int MaxNotitie = 1000;

    public static bool IsOpen(ActieStatus status) => status is not (ActieStatus.Afgerond or ActieStatus.Vervallen);

    /// <summary>
    /// The due date is the resolved term, or else the end of the planned quarter; an action is late when that day has
    /// passed and it is neither done nor dropped. A term whose anchor is unknown makes no action late.
    /// </summary>
    public static Actiestand Stand(Actie actie, Voortgang? voortgang, IReadOnlyDictionary<string, DateOnly> ankers, DateOnly vandaag)
    {
        var status = voortgang?.Status ?? ActieStatus.NietGestart;
        DateOnly? datum;
        string uitleg;
        if (Termijnen.ProbeerLees(actie.Termijn, out var termijn))
        {
            var opgelost = Termijnen.Los(termijn, ankers, Termijnen.KwartaalBegin(actie.Kwartaal));
            (datum, uitleg) = (opgelost.Datum, opgelost.Uitleg);
        }
        else if (Termijnen.KwartaalEinde(actie.Kwartaal) is { } einde)
        {
            (datum, uitleg) = (einde, $"einde van {actie.Kwartaal}");
        }
        else
        {
            (datum, uitleg) = (null, "geen termijn en geen kwartaal");
        }

        return new Actiestand(actie, status, datum, uitleg, datum is { } d && d < vandaag && IsOpen(status));
    }

    /// <summary>
    /// Completing the quarterly update needs, for every action still open at the start of the update, a status recorded
    /// since then: an action nobody looked at this quarter is exactly what the update is for.
    /// </summary>
    public static IReadOnlyList<Fout> ControleerKwartaalupdate(
        IEnumerable<Actie> acties, IReadOnlyDictionary<string, Voortgang> voortgang, DateTime sindsUtc)
    {
        var fouten = new List<Fout>();
        foreach (var actie in acties)
        {
            var laatste = voortgang.GetValueOrDefault(actie.Sleutel);
            if (laatste is not null && !IsOpen(laatste.Status) && laatste.BijgewerktOpUtc < sindsUtc)
            {
                continue;
            }

            if (laatste is null || laatste.BijgewerktOpUtc < sindsUtc)
            {
                fouten.Add(new Fout($"Actie[{actie.Sleutel}]",
                    $"Geef de status van actie {actie.Nummer ?? ""} '{actie.Titel}' voor dit kwartaal "
                    + $"(laatst bijgewerkt: {(laatste is null ? "nooit" : Nederlands.Datum(laatste.BijgewerktOpUtc))})."
                        .Replace("actie  '", "actie '", StringComparison.Ordinal)));
            }
        }

        return fouten;
    }

    public static string Naam(ActieStatus status) => status switch
    {
        ActieStatus.NietGestart => "niet gestart",
        ActieStatus.Loopt => "loopt",
        ActieStatus.Vertraagd => "vertraagd",
        ActieStatus.Afgerond => "afgerond",
        _ => "vervallen",
    };
}
