using System.Text.Json.Serialization;

namespace IdCyclus.Modules.Vragenlijst.Contracts;

/// <summary>
/// A year's questionnaire as the report prints it (bijlage 1b) and computes with: every item with its kind, maximum,
/// "op orde" threshold and its link to last year's item. Open questions carry no score.
/// </summary>
public sealed record VragenlijstGegevens(
    int Jaar,
    string Naam,
    string? Meetperiode,
    bool IsGepubliceerd,
    IReadOnlyList<VraagGegevens> Vragen,
    IReadOnlyList<ThemagroepGegevens> Themagroepen);

/// <param name="Groep">"randvoorwaarde", "thema" or null (open question).</param>
/// <param name="Koppeling">"zelfde", "gewijzigd" or "nieuw": only "zelfde" items compare with last year.</param>
public sealed record VraagGegevens(
    string Nummer,
    string Sectie,
    string Tekst,
    bool IsGescoord,
    int? Max,
    int? OpOrdeVanaf,
    string? Groep,
    string? Label,
    string Koppeling,
    string? VorigNummer,
    IReadOnlyList<AntwoordoptieGegevens> Opties);

public sealed record AntwoordoptieGegevens(int Score, string Tekst);

/// <summary>A band of thema levels ("gestart" = 2) as Bureau set it for the version.</summary>
public sealed record ThemagroepGegevens(string Naam, int Van, int Tot);

/// <summary>
/// The scores of one final interview: scored items only. Open answers and the accounthouder's observation stay in
/// Vragenlijst: directie-level qualitative answers never reach the report.
/// </summary>
/// <param name="Respondenttype">The report's label ("trekker", "trekker = MT-lid"), or null when not recorded.</param>
/// <param name="AfwijkendBeeld">
/// The accounthouder recorded where Bureau's picture differs from the answers. Only the fact crosses into the report, never
/// the text: the method (2.2.1, point 3) marks such directies in the report and leaves the explanation to the
/// clustergesprek. False by default and not written when false, so snapshots recorded before this field existed read
/// as "no observation" and keep their hash.
/// </param>
public sealed record InterviewscoresGegevens(
    Guid DirectieId,
    string DirectieAfkorting,
    string ClusterId,
    string? Respondenttype,
    IReadOnlyDictionary<string, int> Scores,
    DateTimeOffset? DefinitiefOp,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool AfwijkendBeeld = false);
