using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;

namespace IdCyclus.Modules.Vragenlijst.Features.Lezen;

/// <summary>Translates the internal questionnaire and interview into the report's contract records.</summary>
internal static class Rapportvertaling
{
    public static VragenlijstGegevens Vragenlijst(int jaar, string naam, string? meetperiode, bool gepubliceerd, Vragenlijstinhoud inhoud) =>
        new(jaar, naam, meetperiode, gepubliceerd,
            inhoud.Vragen.Select(v => new VraagGegevens(
                v.Nummer, v.Sectie, v.Tekst, v.IsGescoord, v.Max, v.OpOrdeVanaf,
                v.Groep switch { Rapportgroep.Randvoorwaarde => "randvoorwaarde", Rapportgroep.Thema => "thema", _ => null },
                v.Label,
                v.Koppeling switch { Koppeling.Gewijzigd => "gewijzigd", Koppeling.Nieuw => "nieuw", _ => "zelfde" },
                v.VorigNummer,
                v.Opties.Select(o => new AntwoordoptieGegevens(o.Score, o.Tekst)).ToList())).ToList(),
            inhoud.Themagroepen.Select(g => new ThemagroepGegevens(g.Naam, g.Van, g.Tot)).ToList());

    public static InterviewscoresGegevens Scores(Interview interview) =>
        new(interview.DirectieId, interview.DirectieAfkorting, interview.ClusterId, interview.Respondenttype?.Label(),
            interview.Antwoorden.Where(a => a.Value.Score is not null).ToDictionary(a => a.Key, a => a.Value.Score!.Value),
            interview.DefinitiefOpUtc is { } op ? new DateTimeOffset(op, TimeSpan.Zero) : null,
            AfwijkendBeeld: !string.IsNullOrWhiteSpace(interview.Observatie));
}
